package dimple.web.shared;

import dimple.application.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses query parameters so that a malformed one is a 400 naming it (JAX-RS itself would answer 404). */
public final class QueryParams {
    private QueryParams() {
    }

    public static Integer integer(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "api.field.integer", name);
        }
    }

    /** {@code true} or {@code false} (any case); absent or blank is false. */
    public static boolean bool(String name, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInput.of(name, "api.field.boolean", name);
        };
    }

    public static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(name, "api.field.timestamp", name);
        }
        if (!AcceptedDates.contains(instant)) {
            throw InvalidInput.of(name, "api.field.dateRange", name, AcceptedDates.FIRST, AcceptedDates.LAST);
        }
        return instant;
    }

    public static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(name, "api.field.date", name);
        }
        if (!AcceptedDates.contains(date)) {
            throw InvalidInput.of(name, "api.field.dateRange", name, AcceptedDates.FIRST, AcceptedDates.LAST);
        }
        return date;
    }
}
