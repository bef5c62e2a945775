package dimple.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.Context;

/**
 * V31: notifications written before they stored facts (V30) get their facts back from their English
 * text, for every vendor (Java, not SQL, so no vendor's string functions are needed). A text is turned
 * into facts only when the facts give back exactly the same words, the way the outbox handlers wrote
 * them; anything else (the demo's wording, a text cut at 1000 characters, a changed sentence) keeps its
 * text and is shown as written. Nothing is added that the text did not already say.
 */
public final class NotificationFactsMigration extends RowConversion {
    public NotificationFactsMigration() {
        super(31, "notification facts from texts");
    }

    static final char SEPARATOR = '\u001F';
    private static final Pattern TRIAGED = Pattern.compile(
            "Your report (\\S+) \\(\u201C(.*)\u201D\\) (was noted by the team's leaders; no review is needed\\."
                    + "|goes into a blameless review\\. Thank you: this is how the team learns\\."
                    + "|tells of the same thing as report (\\S+), which the team is already looking into\\. Thank you for reporting it too\\."
                    + "|was triaged\\.)(?: Note from the team: (.*))?", Pattern.DOTALL);
    private static final Pattern PUBLISHED = Pattern.compile(
            "The review of your report (\\S+) is published\\. What changes because you reported: (.*)", Pattern.DOTALL);
    private static final Pattern ASSIGNED = Pattern.compile("You own a new action item: \u201C(.*)\u201D, due (\\S+)\\.", Pattern.DOTALL);
    private static final Pattern IMPLEMENTED = Pattern.compile(
            "Here is what changed because you reported: every action of the lesson \"(.*)\" is done\\. (.*)", Pattern.DOTALL);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String[]> converted = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, kind, text from notification where facts is null and text is not null");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                facts(rows.getString(2), rows.getString(3)).ifPresent(facts -> converted.add(new String[] {id, facts}));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update notification set facts = ?, text = null where id = ?")) {
            for (String[] row : converted) {
                update.setString(1, row[1]);
                update.setString(2, row[0]);
                update.addBatch();
            }
            if (!converted.isEmpty()) {
                update.executeBatch();
            }
        }
    }

    /** The facts of a stored text, joined by the separator, if they give back exactly its words. */
    static Optional<String> facts(String kind, String text) {
        if (text == null || text.indexOf(SEPARATOR) >= 0) {
            return Optional.empty();
        }
        String[] facts = switch (kind) {
            case "REPORT_TRIAGED" -> triaged(text);
            case "REVIEW_PUBLISHED" -> read(PUBLISHED, text);
            case "ACTION_ASSIGNED" -> read(ASSIGNED, text);
            case "LESSON_IMPLEMENTED" -> read(IMPLEMENTED, text);
            default -> null;
        };
        if (facts == null || !text.equals(words(kind, facts))) {
            return Optional.empty();
        }
        return Optional.of(String.join(String.valueOf(SEPARATOR), java.util.Arrays.stream(facts).map(f -> f == null ? "" : f).toList()));
    }

    private static String[] triaged(String text) {
        Matcher m = TRIAGED.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String said = m.group(3);
        String outcome = said.startsWith("was noted") ? "NOTED" : said.startsWith("goes into") ? "IN_REVIEW"
                : said.startsWith("tells of") ? "DUPLICATE" : "TRIAGED";
        return new String[] {m.group(1), m.group(2), outcome, m.group(4), m.group(5)};
    }

    private static String[] read(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** The words the outbox handlers wrote for these facts, to check a reading before it replaces a text. */
    static String words(String kind, String[] f) {
        return switch (kind) {
            case "REPORT_TRIAGED" -> {
                String which = "Your report " + f[0] + " (\u201C" + f[1] + "\u201D)";
                String told = switch (f[2]) {
                    case "NOTED" -> which + " was noted by the team's leaders; no review is needed.";
                    case "IN_REVIEW" -> which + " goes into a blameless review. Thank you: this is how the team learns.";
                    case "DUPLICATE" -> which + " tells of the same thing as report " + f[3]
                            + ", which the team is already looking into. Thank you for reporting it too.";
                    default -> which + " was triaged.";
                };
                yield f[4] == null ? told : told + " Note from the team: " + f[4];
            }
            case "REVIEW_PUBLISHED" -> "The review of your report " + f[0] + " is published. What changes because you reported: " + f[1];
            case "ACTION_ASSIGNED" -> "You own a new action item: \u201C" + f[0] + "\u201D, due " + f[1] + ".";
            case "LESSON_IMPLEMENTED" -> "Here is what changed because you reported: every action of the lesson \"" + f[0] + "\" is done. " + f[1];
            default -> null;
        };
    }
}
