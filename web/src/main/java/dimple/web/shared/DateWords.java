package dimple.web.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A day or a moment in words ("Friday 5 December 2026, 18:45"), from the bundle's patterns
 * {@code date.words.day} and {@code date.words.moment}, which {@code dates.js} uses for the same words in the browser.
 */
public final class DateWords {
    private DateWords() {
    }

    public static String of(Object value, Locale locale) {
        Locale language = locale == null ? Words.DEFAULT : locale;
        if (value instanceof LocalDateTime moment) {
            return DateTimeFormatter.ofPattern(Words.text(language, "date.words.moment"), language).format(moment);
        }
        if (value instanceof LocalDate day) {
            return DateTimeFormatter.ofPattern(Words.text(language, "date.words.day"), language).format(day);
        }
        return value == null ? "" : value.toString();
    }
}
