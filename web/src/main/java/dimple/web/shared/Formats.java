package dimple.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How times look on pages (ADR 45): in the reader's time zone and language, to the minute, with the zone's
 * name ({@code format.dateTime}: "2026-12-07 10:41 UTC", "07.12.2026, 11:41 MEZ").
 */
@Named
@RequestScoped
public class Formats {
    @Inject
    ReaderSettings reader;

    public String dateTime(Instant instant) {
        return dateTime(instant, reader.getLocale(), reader.zone());
    }

    /** The day only, for lists of cards. */
    public String date(Instant instant) {
        return date(instant, reader.getLocale(), reader.zone());
    }

    /**
     * A moment, or only its day when only the day is known (a confidential reporter's times are kept to
     * the day: showing them as midnight would mislead). That day is shown as stored (a UTC day), in nobody's
     * zone, so it reads the same for everyone and says nothing about where its reporter is.
     */
    public String when(Instant instant, boolean dayOnly) {
        return when(instant, dayOnly, reader.getLocale(), reader.zone());
    }

    /** A calendar day (a due date, the day a meeting was held) in the reader's language: "2026-12-26", "26.12.2026". */
    public String day(LocalDate day) {
        return day(day, reader.getLocale());
    }

    /**
     * A technical name (the kinds of error behind a failed mail, "dimple.infrastructure….WebhookTransport$Refused") with a
     * place to break after each dot and dollar sign, so a narrow column wraps it between its parts, never inside a word.
     */
    public String breakable(String name) {
        return name == null ? "" : name.replaceAll("([.$])(?=\\S)", "$1\u200B");
    }

    public boolean isFuture(Instant instant) {
        return instant != null && instant.isAfter(Instant.now());
    }

    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : pattern("format.dateTime", locale).withZone(zone).format(instant);
    }

    public static String date(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : pattern("format.date", locale).withZone(zone).format(instant);
    }

    /** A day is no moment: it needs no time zone, and is shown as it is kept. */
    public static String day(LocalDate day, Locale locale) {
        return day == null ? "" : pattern("format.date", locale).format(day);
    }

    public static String when(Instant instant, boolean dayOnly, Locale locale, ZoneId zone) {
        if (!dayOnly) {
            return dateTime(instant, locale, zone);
        }
        return instant == null ? "" : Words.text(locale, "format.dayOnly", date(instant, locale, ZoneOffset.UTC));
    }

    private static DateTimeFormatter pattern(String code, Locale locale) {
        return DateTimeFormatter.ofPattern(Words.text(locale, code), locale);
    }
}
