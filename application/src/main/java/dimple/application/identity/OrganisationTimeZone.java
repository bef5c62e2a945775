package dimple.application.identity;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The organisation's time zone (ADR 45): the zone of a person who chose none, and of pages nobody is signed
 * in to. {@code DIMPLE_TIME_ZONE}; UTC when it is not set.
 */
public record OrganisationTimeZone(ZoneId zone) {
    public static final OrganisationTimeZone DEFAULT = new OrganisationTimeZone(ZoneId.of("UTC"));

    public OrganisationTimeZone {
        Objects.requireNonNull(zone);
    }

    /** A region such as {@code Europe/Berlin}, or {@code UTC}; never a bare offset, which knows no summer time. */
    public static boolean isKnown(String zone) {
        return zone != null && ZoneId.getAvailableZoneIds().contains(zone);
    }

    /** The zone a person chose, if Dimple still knows it; else this, the organisation's (pages and mails alike). */
    public ZoneId orChosen(String chosen) {
        return isKnown(chosen) ? ZoneId.of(chosen) : zone;
    }
}
