package dimple.web.review;

import dimple.application.review.ReportLink;
import dimple.web.shared.Formats;
import dimple.web.shared.ReaderSettings;
import dimple.web.shared.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value in a review's history in words. The history keeps what was recorded at the time: states and
 * kinds by name, a timeline entry as {@code 2026-12-05T18:45:00Z EVENT: text}, a factor as
 * {@code PROCESS: description — why? …}, a covered report by its id. Shown here as the page shows them
 * elsewhere: "Submitted, awaiting triage", "2026-12-05 18:45 UTC, Event: text", "Process: description —
 * because …", "R-2026-000012 Wrong parcel handed over".
 */
@Named
@ApplicationScoped
public class HistoryWords {
    private static final Pattern TIMELINE = Pattern.compile("(?s)(\\S+) ([A-Z_]+): (.*)");
    private static final Pattern FACTOR = Pattern.compile("(?s)([A-Z_]+): (.*)");
    private static final String WHY = " — why? ";

    public String value(String field, String value, List<ReportLink> reports) {
        return value(field, value, reports, Words.current(), ReaderSettings.current().zone());
    }

    static String value(String field, String value, List<ReportLink> reports, Locale locale) {
        return value(field, value, reports, locale, ZoneId.of("UTC"));
    }

    /** A moment of the timeline in the reader's time zone and language (ADR 45). */
    static String value(String field, String value, List<ReportLink> reports, Locale locale, ZoneId zone) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        return switch (field == null ? "" : field) {
            case "status" -> label(locale, value, "label.review.states", "label.review.actionStates");
            case "timeline" -> timeline(value, locale, zone);
            case "factors" -> factor(value, locale);
            case "reports" -> report(value, reports, locale);
            default -> value;
        };
    }

    private static String timeline(String value, Locale locale, ZoneId zone) {
        Matcher m = TIMELINE.matcher(value);
        if (!m.matches()) {
            return value;
        }
        String when;
        try {
            when = Formats.dateTime(Instant.parse(m.group(1)), locale, zone);
        } catch (DateTimeParseException e) {
            return value;
        }
        return Words.text(locale, "history.timelineEntry", when, label(locale, m.group(2), "label.review.kinds"), m.group(3));
    }

    private static String factor(String value, Locale locale) {
        Matcher m = FACTOR.matcher(value);
        if (!m.matches()) {
            return value;
        }
        String[] parts = m.group(2).split(Pattern.quote(WHY), -1);
        StringBuilder out = new StringBuilder(label(locale, m.group(1), "label.review.categories")).append(": ").append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(" — ").append(Words.text(locale, "history.because", parts[i]));
        }
        return out.toString();
    }

    private static String report(String value, List<ReportLink> reports, Locale locale) {
        if (reports != null) {
            for (ReportLink r : reports) {
                if (value.equals(r.id())) {
                    return r.number() + " " + r.title();
                }
            }
        }
        return Words.text(locale, "history.aReport");
    }

    /** The words of a name under the first of the prefixes that knows it; the name itself otherwise. */
    private static String label(Locale locale, String name, String... prefixes) {
        for (String prefix : prefixes) {
            String key = prefix + "." + name;
            String text = Words.text(locale, key);
            if (!text.equals(key)) {
                return text;
            }
        }
        return name;
    }
}
