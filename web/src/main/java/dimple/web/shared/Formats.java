package dimple.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How times look on pages: UTC, to the minute. */
@Named
@ApplicationScoped
public class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The day only, for lists of cards. */
    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(instant);
    }

    /**
     * A moment, or only its day when only the day is known (a confidential reporter's times are kept to
     * the day: showing them as midnight would mislead).
     */
    public String when(Instant instant, boolean dayOnly) {
        return dayOnly ? (instant == null ? "" : date(instant) + " (day only)") : dateTime(instant);
    }

    public boolean isFuture(Instant instant) {
        return instant != null && instant.isAfter(Instant.now());
    }
}
