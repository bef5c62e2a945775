import dimple.domain.learning.SearchTerms;
import dimple.infrastructure.learning.EmbeddedLessonSearch;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Benchmark seeding: writes N published lessons (each with its report and review, tags and search
 * terms, as the application would) straight into a migrated Dimple H2 file with JDBC batches. Run it
 * while the server is stopped. Usage: java -cp h2.jar:domain/target/classes:infrastructure/target/classes
 * bench/SeedLessons.java jdbc:h2:file:/path/dimple 100000
 */
public class SeedLessons {
    static final String[] SUBJECTS = {"refund", "room key", "invoice", "parcel", "booking", "discount code", "allergy note", "late check-out",
            "payment terminal", "gift receipt", "meeting room", "customs form", "phone promise", "chat change", "loyalty points", "minibar bill"};
    static final String[] PROBLEMS = {"sent to the wrong card", "encoded for the wrong room", "sent to the old address", "shipped without paperwork",
            "booked twice", "applied twice", "missed at breakfast", "not passed on", "timed out", "showed the price", "double booked",
            "forgotten at shift change"};
    static final String[] SETTINGS = {"during the weekend rush", "on the night shift", "at the front desk", "in the online shop",
            "on the phone", "in the chat", "at breakfast", "at check-out"};
    static final String[] TAGS = {"payments", "refunds", "keys", "handover", "shipping", "pricing", "food safety", "bookings", "tools",
            "communication", "training", "process"};
    static final String[] KINDS = {"CUSTOMER_HARMED", "NO_HARM", "NEAR_MISS", "UNSAFE_CONDITION", "GOOD_CATCH"};

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int n = Integer.parseInt(args[1]);
        Random random = new Random(42);
        try (Connection c = DriverManager.getConnection(url, "dimple", "dimple")) {
            c.setAutoCommit(false);
            List<String> teams = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from team")) {
                while (rs.next()) {
                    teams.add(rs.getString(1));
                }
            }
            String account;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from account where username = 'lena'")) {
                rs.next();
                account = rs.getString(1);
            }
            PreparedStatement report = c.prepareStatement("insert into mistake_report (id, number, submitted_at, status, title, narrative,"
                    + " occurred_at, team_id, kind, customer_impact, reporter_mode, reporter_account_id, updated_at, review_id, version)"
                    + " values (?, ?, ?, 'CLOSED', ?, ?, ?, ?, ?, 'MINOR', 'NAMED', ?, ?, ?, 0)");
            PreparedStatement review = c.prepareStatement("insert into review (id, team_id, status, title, takeaway, opened_by, opened_at,"
                    + " updated_at, approved_at, published_at, lesson_id, version) values (?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            PreparedStatement lesson = c.prepareStatement("insert into lesson (id, review_id, title, takeaway, body, team_id, status,"
                    + " published_at, version, kind, applies_count, applied_count, endorsement_count) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)");
            PreparedStatement tag = c.prepareStatement("insert into lesson_tag (lesson_id, position, tag) values (?, ?, ?)");
            PreparedStatement term = c.prepareStatement("insert into lesson_term (term, lesson_id, weight, published_at) values (?, ?, ?, ?)");
            long start = System.nanoTime();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < n; i++) {
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
                String setting = SETTINGS[random.nextInt(SETTINGS.length)];
                String title = Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + problem + " " + setting;
                String takeaway = "Check the " + subject + " before you confirm, and say out loud what you checked.";
                String body = "What happened: the " + subject + " was " + problem + " " + setting + ". Why: the screen did not show it and the "
                        + "guide had no step for it. What changes: a check in the guide and a clearer screen. Case " + i + ".";
                List<String> tags = List.of(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)]).stream().distinct().toList();
                String team = teams.get(random.nextInt(teams.size()));
                String kind = KINDS[random.nextInt(KINDS.length)];
                OffsetDateTime published = now.minusMinutes(10L * i + random.nextInt(10));
                String reportId = UUID.randomUUID().toString();
                String reviewId = UUID.randomUUID().toString();
                String lessonId = UUID.randomUUID().toString();
                report.setString(1, reportId);
                report.setString(2, String.format("B-%d-%07d", published.getYear(), i));
                report.setObject(3, published.minusDays(3));
                report.setString(4, title);
                report.setString(5, body);
                report.setObject(6, published.minusDays(3));
                report.setString(7, team);
                report.setString(8, kind);
                report.setString(9, account);
                report.setObject(10, published);
                report.setString(11, reviewId);
                report.addBatch();
                review.setString(1, reviewId);
                review.setString(2, team);
                review.setString(3, title);
                review.setString(4, takeaway);
                review.setString(5, account);
                review.setObject(6, published.minusDays(2));
                review.setObject(7, published);
                review.setObject(8, published);
                review.setObject(9, published);
                review.setString(10, lessonId);
                review.addBatch();
                int applies = random.nextInt(4) == 0 ? random.nextInt(6) : 0;
                int applied = random.nextInt(6) == 0 ? random.nextInt(4) : 0;
                lesson.setString(1, lessonId);
                lesson.setString(2, reviewId);
                lesson.setString(3, title);
                lesson.setString(4, takeaway);
                lesson.setString(5, body);
                lesson.setString(6, team);
                lesson.setString(7, random.nextInt(3) == 0 ? "IMPLEMENTED" : "PUBLISHED");
                lesson.setObject(8, published);
                lesson.setString(9, kind);
                lesson.setInt(10, applies);
                lesson.setInt(11, applied);
                lesson.setInt(12, applies + applied);
                lesson.addBatch();
                for (int t = 0; t < tags.size(); t++) {
                    tag.setString(1, lessonId);
                    tag.setInt(2, t);
                    tag.setString(3, tags.get(t));
                    tag.addBatch();
                }
                for (Map.Entry<String, Integer> e : EmbeddedLessonSearch.weights(title, takeaway, tags, body).entrySet()) {
                    term.setString(1, e.getKey());
                    term.setString(2, lessonId);
                    term.setInt(3, e.getValue());
                    term.setObject(4, published);
                    term.addBatch();
                }
                if (i % 1000 == 999 || i == n - 1) {
                    review.executeBatch();
                    report.executeBatch();
                    lesson.executeBatch();
                    tag.executeBatch();
                    term.executeBatch();
                    c.commit();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("delete from lesson_term_count");
                s.execute("insert into lesson_term_count (term, lessons) select term, count(*) from lesson_term group by term");
                s.execute("analyze");
            }
            c.commit();
            System.out.printf("seeded %d lessons in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        }
        SearchTerms.of("");
    }
}
