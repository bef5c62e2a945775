package dimple.infrastructure.learning;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonPart;
import dimple.domain.review.ActionType;
import dimple.domain.review.FactorCategory;
import dimple.infrastructure.persistence.RowConversion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.migration.Context;

/**
 * V33: lessons written before they stored sections (V32) get their sections back from their English
 * body, for every vendor (Java, not SQL: no vendor's string functions). A body is split on the headings
 * the lesson draft wrote, in their order, and replaced only when the sections give back exactly the same
 * words (the way the draft assembled them); anything else (a body as written, a changed heading, a factor
 * of an unknown category) keeps its body and is shown as written. A current lesson that was split is
 * indexed again as {@link EmbeddedLessonSearch#index} does it, from the sections' texts: it stays findable
 * by its words, and no longer by the headings.
 */
public final class LessonSectionsMigration extends RowConversion {
    public LessonSectionsMigration() {
        super(33, "lesson sections from bodies");
    }

    /** The headings the draft wrote before V32, in its order; FACTOR and ACTION stand for their lists. */
    private static final Map<LessonPart, String> HEADINGS = new java.util.EnumMap<>(Map.ofEntries(
            Map.entry(LessonPart.SUMMARY, "Summary"), Map.entry(LessonPart.WHAT_HAPPENED, "What happened"),
            Map.entry(LessonPart.WHY_IT_HAPPENED, "Why it happened"), Map.entry(LessonPart.FACTOR, "Contributing factors"),
            Map.entry(LessonPart.HOW_FIXED, "How it can be fixed"), Map.entry(LessonPart.WENT_WELL, "What went well"),
            Map.entry(LessonPart.WENT_WRONG, "What went wrong"), Map.entry(LessonPart.GOT_LUCKY, "Where we got lucky"),
            Map.entry(LessonPart.ACTION, "Actions"), Map.entry(LessonPart.NO_ACTION_NEEDED, "Why no action is needed")));

    /** One section as stored: part, label (a category's or an action type's name) and text. */
    record Section(LessonPart part, String label, String text) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String[]> lessons = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, body, status from lesson l where body is not null"
                + " and not exists (select 1 from lesson_section s where s.lesson_id = l.id)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                lessons.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        for (String[] lesson : lessons) {
            Optional<List<Section>> sections = sections(lesson[1]);
            if (sections.isPresent()) {
                store(connection, lesson[0], sections.get());
                if ("PUBLISHED".equals(lesson[2]) || "IMPLEMENTED".equals(lesson[2])) {
                    index(connection, lesson[0], sections.get());
                }
            }
        }
    }

    private static void store(Connection connection, String lessonId, List<Section> sections) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into lesson_section (lesson_id, position, part, label, text) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < sections.size(); i++) {
                insert.setString(1, lessonId);
                insert.setInt(2, i);
                insert.setString(3, sections.get(i).part().name());
                insert.setString(4, sections.get(i).label());
                insert.setString(5, sections.get(i).text());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update lesson set body = null where id = ?")) {
            update.setString(1, lessonId);
            update.executeUpdate();
        }
    }

    /** Indexes the lesson again from its sections' texts, with the weights and counts the search keeps. */
    private static void index(Connection connection, String lessonId, List<Section> sections) throws SQLException {
        String title;
        String takeaway;
        OffsetDateTime publishedAt;
        try (PreparedStatement select = connection.prepareStatement("select title, takeaway, published_at from lesson where id = ?")) {
            select.setString(1, lessonId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                title = row.getString(1);
                takeaway = row.getString(2);
                publishedAt = row.getObject(3, OffsetDateTime.class);
            }
        }
        List<String> tags = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select tag from lesson_tag where lesson_id = ? order by position")) {
            select.setString(1, lessonId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
            }
        }
        run(connection, "update lesson_term_count set lessons = lessons - 1 where term in (select t.term from lesson_term t where t.lesson_id = ?)",
                lessonId);
        run(connection, "delete from lesson_term where lesson_id = ?", lessonId);
        String story = String.join("\n\n", sections.stream().map(Section::text).toList());
        for (Map.Entry<String, Integer> e : EmbeddedLessonSearch.weights(title, takeaway, tags, story).entrySet()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into lesson_term (term, lesson_id, weight, published_at) values (?, ?, ?, ?)")) {
                insert.setString(1, e.getKey());
                insert.setString(2, lessonId);
                insert.setInt(3, e.getValue());
                insert.setObject(4, publishedAt);
                insert.executeUpdate();
            }
            if (run(connection, "update lesson_term_count set lessons = lessons + 1 where term = ?", e.getKey()) == 0) {
                run(connection, "insert into lesson_term_count (term, lessons) values (?, 1)", e.getKey());
            }
        }
    }

    private static int run(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            return statement.executeUpdate();
        }
    }

    /** The sections of an old body, if they give back exactly its words; empty when it cannot be split. */
    static Optional<List<Section>> sections(String body) {
        if (body == null) {
            return Optional.empty();
        }
        List<LessonPart> order = new ArrayList<>(HEADINGS.keySet());
        List<Section> sections = new ArrayList<>();
        int at = 0;
        int next = 0;
        while (at < body.length()) {
            int found = -1;
            for (int i = next; i < order.size(); i++) {
                if (body.startsWith(HEADINGS.get(order.get(i)) + "\n", at)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return Optional.empty();
            }
            LessonPart part = order.get(found);
            int start = at + HEADINGS.get(part).length() + 1;
            int end = body.length();
            for (int i = found + 1; i < order.size(); i++) {
                int later = body.indexOf("\n\n" + HEADINGS.get(order.get(i)) + "\n", start);
                if (later >= 0 && later < end) {
                    end = later;
                }
            }
            String text = body.substring(start, end);
            List<Section> read = switch (part) {
                case FACTOR -> factors(text);
                case ACTION -> actions(text);
                default -> List.of(new Section(part, null, text));
            };
            if (read == null) {
                return Optional.empty();
            }
            sections.addAll(read);
            at = end + 2;
            next = found + 1;
        }
        return !sections.isEmpty() && body.equals(words(sections)) ? Optional.of(sections) : Optional.empty();
    }

    /** "- Tools: description" lines, each followed by its "  Why? ..." lines; other lines go on the text before them. */
    private static List<Section> factors(String list) {
        List<Section> read = new ArrayList<>();
        for (String line : list.split("\n", -1)) {
            if (line.startsWith("- ") && line.indexOf(": ") > 2) {
                String category = line.substring(2, line.indexOf(": ")).toUpperCase(Locale.ROOT).replace(' ', '_');
                if (Arrays.stream(FactorCategory.values()).noneMatch(c -> c.name().equals(category))) {
                    return null;
                }
                read.add(new Section(LessonPart.FACTOR, category, line.substring(line.indexOf(": ") + 2)));
            } else if (line.startsWith("  Why? ") && !read.isEmpty()) {
                read.add(new Section(LessonPart.FACTOR_WHY, null, line.substring("  Why? ".length())));
            } else if (!read.isEmpty()) {
                Section last = read.remove(read.size() - 1);
                read.add(new Section(last.part(), last.label(), last.text() + "\n" + line));
            } else {
                return null;
            }
        }
        return read;
    }

    /** "- title (Corrective)" items; a title of several lines is one item. */
    private static List<Section> actions(String list) {
        List<String> items = new ArrayList<>();
        for (String line : list.split("\n", -1)) {
            if (line.startsWith("- ")) {
                items.add(line.substring(2));
            } else if (!items.isEmpty()) {
                items.set(items.size() - 1, items.get(items.size() - 1) + "\n" + line);
            } else {
                return null;
            }
        }
        List<Section> read = new ArrayList<>();
        for (String item : items) {
            int open = item.lastIndexOf(" (");
            if (open < 0 || !item.endsWith(")")) {
                return null;
            }
            String type = item.substring(open + 2, item.length() - 1).toUpperCase(Locale.ROOT).replace(' ', '_');
            if (Arrays.stream(ActionType.values()).noneMatch(t -> t.name().equals(type))) {
                return null;
            }
            read.add(new Section(LessonPart.ACTION, type, item.substring(0, open)));
        }
        return read;
    }

    /** The English body the draft wrote for these sections before V32, to check a reading before it replaces a body. */
    static String words(List<Section> sections) {
        StringBuilder body = new StringBuilder();
        int i = 0;
        while (i < sections.size()) {
            LessonPart part = sections.get(i).part();
            StringBuilder text = new StringBuilder();
            if (part == LessonPart.FACTOR || part == LessonPart.FACTOR_WHY) {
                for (; i < sections.size() && (sections.get(i).part() == LessonPart.FACTOR || sections.get(i).part() == LessonPart.FACTOR_WHY); i++) {
                    Section s = sections.get(i);
                    text.append(s.part() == LessonPart.FACTOR ? "- " + label(s.label()) + ": " : "  Why? ").append(s.text()).append('\n');
                }
                part = LessonPart.FACTOR;
            } else if (part == LessonPart.ACTION) {
                for (; i < sections.size() && sections.get(i).part() == LessonPart.ACTION; i++) {
                    text.append("- ").append(sections.get(i).text()).append(" (").append(label(sections.get(i).label())).append(")\n");
                }
            } else {
                text.append(sections.get(i++).text());
            }
            if (!text.toString().isBlank()) {
                body.append(HEADINGS.get(part)).append('\n').append(text.toString().strip()).append("\n\n");
            }
        }
        String all = body.toString().strip();
        return all.codePointCount(0, all.length()) <= Lesson.MAX_BODY ? all : all.substring(0, all.offsetByCodePoints(0, Lesson.MAX_BODY - 1)) + "…";
    }

    private static String label(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
