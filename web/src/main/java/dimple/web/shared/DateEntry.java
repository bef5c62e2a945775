package dimple.web.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person may type into a date field, and what it means (ADR 22). The same small set of forms is
 * understood in the browser by {@code dates.js}, which shows the words before the form is sent; this class
 * is the one that decides what is stored. Days and times are the organisation's (UTC, as the fields' labels say).
 *
 * <ul>
 *   <li>a day: {@code 2026-12-05} (also {@code 2026-12-5}), {@code 5.12.2026} (day first, as dots always are),
 *       {@code today}, {@code yesterday}, {@code tomorrow} (and in German {@code heute}, {@code gestern}, {@code morgen});</li>
 *   <li>a moment: a day, a space (or a comma, or ISO's {@code T}) and a time {@code 18:45}, {@code 8:05} or
 *       {@code 1845}; or {@code now} ({@code jetzt}).</li>
 * </ul>
 *
 * Nothing else is guessed: {@code 5/12/2026} is refused because the pages' language (English) does not say
 * whether the day or the month comes first; a day that is not on the calendar ({@code 2026-02-30}) and a
 * time past {@code 23:59} are refused, never rolled over; upper or lower case and extra spaces do not matter.
 */
public final class DateEntry {
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED_DAY = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern ISO_MOMENT = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})t(\\S+)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})|(\\d{2})(\\d{2})");
    /** How a stored value is written back into its field: the first form above. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private DateEntry() {
    }

    /** Why a text is not a day or a moment: a bundle code, and the part of the text it is about. */
    public static final class NotUnderstood extends RuntimeException {
        private final String code;
        private final String part;

        NotUnderstood(String code, String part) {
            super(code + ": " + part, null, false, false);
            this.code = code;
            this.part = part;
        }

        public String code() {
            return code;
        }

        public String part() {
            return part;
        }
    }

    /** A day, or null for an empty text. */
    public static LocalDate day(String text, LocalDate today) {
        String typed = normalised(text);
        if (typed.isEmpty()) {
            return null;
        }
        String[] parts = typed.split(" ");
        if (parts.length > 2) {
            throw new NotUnderstood("date.expected.day", typed);
        }
        LocalDate day = dayOf(parts[0], today, "date.expected.day");
        if (parts.length == 2) {
            throw new NotUnderstood(TIME.matcher(parts[1]).matches() ? "date.dayOnly" : "date.expected.day", typed);
        }
        return day;
    }

    /** A moment to the minute, or null for an empty text. */
    public static LocalDateTime moment(String text, LocalDateTime now) {
        String typed = normalised(text);
        if (typed.isEmpty()) {
            return null;
        }
        if (typed.equals("now") || typed.equals("jetzt")) {
            return now.truncatedTo(ChronoUnit.MINUTES);
        }
        Matcher iso = ISO_MOMENT.matcher(typed);
        if (iso.matches()) {
            typed = iso.group(1) + " " + iso.group(2);
        }
        String[] parts = typed.split(" ");
        if (parts.length > 2) {
            throw new NotUnderstood("date.expected.moment", typed);
        }
        LocalDate day = dayOf(parts[0], now.toLocalDate(), "date.expected.moment");
        if (parts.length == 1) {
            throw new NotUnderstood("date.timeMissing", parts[0]);
        }
        return day.atTime(timeOf(parts[1]));
    }

    /** Lower case, commas as spaces, one space between words, none around. */
    static String normalised(String text) {
        return text == null ? "" : text.replace(',', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static LocalDate dayOf(String word, LocalDate today, String expected) {
        switch (word) {
            case "today", "heute":
                return today;
            case "yesterday", "gestern":
                return today.minusDays(1);
            case "tomorrow", "morgen":
                return today.plusDays(1);
            default:
                break;
        }
        Matcher iso = ISO_DAY.matcher(word);
        if (iso.matches()) {
            return calendarDay(word, iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dotted = DOTTED_DAY.matcher(word);
        if (dotted.matches()) {
            return calendarDay(word, dotted.group(3), dotted.group(2), dotted.group(1));
        }
        if (SLASHED_DAY.matcher(word).matches()) {
            throw new NotUnderstood("date.ambiguous", word);
        }
        throw new NotUnderstood(expected, word);
    }

    private static LocalDate calendarDay(String word, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new NotUnderstood("date.notADay", word);
        }
    }

    private static LocalTime timeOf(String word) {
        Matcher time = TIME.matcher(word);
        if (!time.matches()) {
            throw new NotUnderstood("date.expected.moment", word);
        }
        int hour = Integer.parseInt(time.group(1) != null ? time.group(1) : time.group(3));
        int minute = Integer.parseInt(time.group(2) != null ? time.group(2) : time.group(4));
        if (hour > 23 || minute > 59) {
            throw new NotUnderstood("date.notATime", word);
        }
        return LocalTime.of(hour, minute);
    }
}
