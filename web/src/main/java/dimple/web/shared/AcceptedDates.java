package dimple.web.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The dates Dimple accepts from a page or the API: from 1900-01-01 to 2199-12-31 (UTC) inclusive. Nothing
 * it records happened earlier or is due later, and a year such as +999999999 would not survive the database
 * (it came back negative). Limits of a use case (not in the future, not before the report) come on top.
 */
public final class AcceptedDates {
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private AcceptedDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static boolean contains(LocalDateTime time) {
        return contains(time.toLocalDate());
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
