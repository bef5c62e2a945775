package dimple.infrastructure.identity;

import dimple.application.identity.OrganisationTimeZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The organisation's time zone: {@code DIMPLE_TIME_ZONE} (an IANA region such as {@code Europe/Berlin}), else UTC
 * (ADR 45). A zone Java does not know is logged and UTC is used, so a typo never stops Dimple from starting.
 */
@ApplicationScoped
public class TimeZoneSettings {
    private static final Logger LOG = Logger.getLogger(TimeZoneSettings.class.getName());

    /** Dependent: a record cannot be proxied. */
    @Produces
    public OrganisationTimeZone organisationTimeZone() {
        return of(ConfigProvider.getConfig().getOptionalValue("dimple.time.zone", String.class));
    }

    static OrganisationTimeZone of(Optional<String> configured) {
        Optional<String> zone = configured.map(String::strip).filter(z -> !z.isEmpty());
        if (zone.isEmpty()) {
            return OrganisationTimeZone.DEFAULT;
        }
        if (!OrganisationTimeZone.isKnown(zone.get())) {
            LOG.warning(() -> "DIMPLE_TIME_ZONE=" + zone.get() + " is not a time zone Java knows (such as Europe/Berlin); using UTC");
            return OrganisationTimeZone.DEFAULT;
        }
        return new OrganisationTimeZone(ZoneId.of(zone.get()));
    }
}
