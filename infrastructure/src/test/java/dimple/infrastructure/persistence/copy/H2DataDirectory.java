package dimple.infrastructure.persistence.copy;

import dimple.infrastructure.bootstrap.DemoSeed;
import dimple.infrastructure.bootstrap.JavaMigrations;
import dimple.infrastructure.persistence.DatabaseVendor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A Dimple data directory as the app leaves it: the H2 file {@code dimple.mv.db} with the data source's
 * credentials, migrated by this build, the demo organisation seeded by the app's own first run, and generated
 * volume written with plain SQL (reports named and confidential, lessons that supersede each other, recovery
 * cases with money, audit entries, notifications, outbox messages numbered by their sequence). The text
 * carries what breaks naive copies: tabs, new lines, backslashes, quotes, emoji, long narratives, times with
 * offsets other than UTC.
 */
final class H2DataDirectory {
    static final int REPORTS = 3000;
    static final int LESSONS = 1500;
    static final int AUDIT_ENTRIES = 20000;
    static final int NOTIFICATIONS = 3000;
    static final int OUTBOX = 500;
    static final int VOLUME_YEAR = 2025;
    /** Reports 5, 1002, 1999 and 2996 (every 997th from the fifth). */
    static final int NARRATIVES_WITH_NUL = 4;

    private final Path directory;

    H2DataDirectory(Path directory) {
        this.directory = directory;
    }

    String url() {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("dimple");
    }

    Path path() {
        return directory;
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(url(), "dimple", "dimple");
    }

    Flyway flyway(String target) {
        var config = Flyway.configure()
                .dataSource(url(), "dimple", "dimple")
                .locations(DatabaseVendor.H2.migrationLocations().toArray(String[]::new))
                .javaMigrations(JavaMigrations.array())
                .failOnMissingLocations(true);
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    /** Migrated, demo data, volume; the database is closed again (as after stopping Dimple). */
    H2DataDirectory withDemoAndVolume() throws SQLException {
        return seeded(true);
    }

    /** Migrated and the demo data only; closed again. */
    H2DataDirectory withDemo() throws SQLException {
        return seeded(false);
    }

    private H2DataDirectory seeded(boolean volume) throws SQLException {
        flyway(null).migrate();
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("dimple", jpa(url(), "dimple", "dimple", "org.h2.Driver"));
        try {
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            DemoSeed.firstRun(em).prepare(null, true);
            em.getTransaction().commit();
            em.close();
        } finally {
            emf.close();
        }
        try (Connection c = connection()) {
            if (volume) {
                volume(c);
            }
            shutdown(c);
        }
        return this;
    }

    static void shutdown(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    static Map<String, Object> jpa(String url, String user, String password, String driver) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", driver);
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.logging.level", "SEVERE");
        return properties;
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static String text(Random random, int i) {
        String[] bits = {"Parcel\tsent twice", "line one\nline two\r\nline three", "back\\slash and 'quotes' and \"doubles\"",
                "emoji 🙂 and ümlauts", "comma, semicolon; percent %"};
        return bits[random.nextInt(bits.length)] + " #" + i;
    }

    private static void volume(Connection c) throws SQLException {
        c.setAutoCommit(false);
        Random random = new Random(10);
        String team = one(c, "select id from team order by name fetch first 1 rows only");
        String account = one(c, "select id from account where username = 'emma'");
        String leader = one(c, "select id from account where username = 'lena'");
        OffsetDateTime start = OffsetDateTime.of(VOLUME_YEAR, 1, 1, 8, 0, 0, 123456000, ZoneOffset.UTC);
        String longNarrative = "a long narrative ".repeat(1800);
        // Named receipts go on from the demo's count of the year.
        int named = Integer.parseInt(one(c, "select last_number from receipt_counter where receipt_year = " + VOLUME_YEAR));
        String[] reports = new String[REPORTS];
        try (PreparedStatement p = c.prepareStatement("insert into mistake_report (id, number, submitted_at, updated_at, status, title,"
                + " narrative, occurred_at, team_id, kind, customer_impact, reporter_mode, reporter_account_id) values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?,"
                + " 'NO_HARM', 'MINOR', ?, ?)")) {
            for (int i = 0; i < REPORTS; i++) {
                boolean confidential = i % 7 == 3;
                reports[i] = UUID.randomUUID().toString();
                OffsetDateTime at = start.plusMinutes(37L * i);
                // Some times were written with an offset other than UTC: PostgreSQL keeps the instant.
                OffsetDateTime written = i % 11 == 0 ? at.withOffsetSameInstant(ZoneOffset.ofHours(2)) : at;
                p.setString(1, reports[i]);
                p.setString(2, confidential ? String.format("C-%d-%04X-%04X", VOLUME_YEAR, i, 65535 - i)
                        : String.format("R-%d-%06d", VOLUME_YEAR, ++named));
                p.setObject(3, confidential ? at.truncatedTo(java.time.temporal.ChronoUnit.DAYS) : written);
                p.setObject(4, written);
                p.setString(5, "Report " + i);
                // H2 kept a NUL in text; PostgreSQL cannot store it (NARRATIVES_WITH_NUL reports).
                p.setString(6, i % 500 == 1 ? longNarrative : i % 997 == 5 ? "before\u0000after #" + i : text(random, i));
                p.setObject(7, at.minusHours(3));
                p.setString(8, team);
                p.setString(9, confidential ? "CONFIDENTIAL" : "NAMED");
                p.setString(10, account);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("update receipt_counter set last_number = ? where receipt_year = ?")) {
            p.setLong(1, named);
            p.setInt(2, VOLUME_YEAR);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("insert into recovery_case (id, report_id, team_id, customer_ref, proactive, note,"
                + " status, opened_at, follow_up_due, remedy_type, remedy_cost, remedy_currency, thank_bystanders) values (?, ?, ?, ?, ?, ?,"
                + " 'OPEN', ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < REPORTS; i += 3) {
                p.setString(1, UUID.randomUUID().toString());
                p.setString(2, reports[i]);
                p.setString(3, team);
                p.setString(4, "ORDER-" + i);
                p.setBoolean(5, i % 2 == 0);
                p.setString(6, i % 5 == 0 ? null : text(random, i));
                p.setObject(7, start.plusHours(i));
                p.setObject(8, start.plusHours(i + 48));
                boolean refund = i % 4 == 0;
                p.setString(9, refund ? "REFUND" : null);
                p.setBigDecimal(10, refund ? new java.math.BigDecimal("12.30").add(java.math.BigDecimal.valueOf(i, 2)) : null);
                p.setString(11, refund ? "EUR" : null);
                p.setBoolean(12, i % 3 == 0);
                p.addBatch();
            }
            p.executeBatch();
        }
        String[] lessons = new String[LESSONS];
        try (PreparedStatement review = c.prepareStatement("insert into review (id, team_id, status, title, opened_by, opened_at, updated_at,"
                + " published_at, lesson_id) values (?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?)");
             PreparedStatement lesson = c.prepareStatement("insert into lesson (id, review_id, title, takeaway, body, team_id, status,"
                     + " published_at, superseded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement tag = c.prepareStatement("insert into lesson_tag (lesson_id, position, tag) values (?, ?, ?)")) {
            String[] reviews = new String[LESSONS];
            for (int i = 0; i < LESSONS; i++) {
                lessons[i] = UUID.randomUUID().toString();
                reviews[i] = UUID.randomUUID().toString();
                OffsetDateTime at = start.plusHours(5L * i);
                review.setString(1, reviews[i]);
                review.setString(2, team);
                review.setString(3, "Review " + i);
                review.setString(4, leader);
                review.setObject(5, at);
                review.setObject(6, at);
                review.setObject(7, at);
                review.setString(8, lessons[i]);
                review.addBatch();
            }
            review.executeBatch();
            // Every tenth lesson is superseded by the next one: a table that refers to itself, in no particular order of ids.
            for (int n = LESSONS - 1; n >= 0; n--) {
                lesson.setString(1, lessons[n]);
                lesson.setString(2, reviews[n]);
                lesson.setString(3, "Lesson " + n);
                lesson.setString(4, text(random, n));
                lesson.setString(5, text(random, n) + " body");
                lesson.setString(6, team);
                boolean superseded = n % 10 == 0 && n + 1 < LESSONS;
                lesson.setString(7, superseded ? "SUPERSEDED" : "PUBLISHED");
                lesson.setObject(8, start.plusHours(5L * n));
                lesson.setString(9, superseded ? lessons[n + 1] : null);
                lesson.executeUpdate();
                tag.setString(1, lessons[n]);
                tag.setInt(2, 0);
                tag.setString(3, "tag-" + (n % 40));
                tag.addBatch();
            }
            tag.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("insert into audit_entry (id, recorded_at, actor, action, target, detail, day_only)"
                + " values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < AUDIT_ENTRIES; i++) {
                boolean dayOnly = i % 13 == 0;
                OffsetDateTime at = start.plusSeconds(97L * i);
                p.setString(1, UUID.randomUUID().toString());
                p.setObject(2, dayOnly ? at.truncatedTo(java.time.temporal.ChronoUnit.DAYS) : at);
                p.setString(3, dayOnly ? "confidential reporter" : "emma");
                p.setString(4, "REPORT_SUBMITTED");
                p.setString(5, i % 3 == 0 ? null : "report " + i);
                p.setString(6, i % 2 == 0 ? null : text(random, i));
                p.setBoolean(7, dayOnly);
                p.addBatch();
                if (i % 1000 == 999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("insert into notification (id, recipient_account_id, kind, text, link, created_at,"
                + " read_at, facts) values (?, ?, 'LESSON_PUBLISHED', ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < NOTIFICATIONS; i++) {
                p.setString(1, UUID.randomUUID().toString());
                p.setString(2, i % 2 == 0 ? account : leader);
                p.setString(3, i % 4 == 0 ? null : text(random, i));
                p.setString(4, "/lessons/" + i);
                p.setObject(5, start.plusMinutes(i));
                p.setObject(6, i % 3 == 0 ? start.plusMinutes(i + 60) : null);
                p.setString(7, "{\"lesson\":\"" + i + "\"}");
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("insert into confidential_activity (id, activity_day, action, target, detail)"
                + " values (?, ?, 'REPORT_SUBMITTED', ?, null)")) {
            for (int i = 0; i < 300; i++) {
                p.setString(1, UUID.randomUUID().toString());
                p.setObject(2, LocalDate.of(VOLUME_YEAR, 3, 1).plusDays(i % 40));
                p.setString(3, "C-" + i);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("insert into outbox_message (position, handler, event_type, aggregate_key, payload,"
                + " occurred_at, due_at) values (next value for outbox_position, 'learning.notify-lesson-implemented', 'LessonImplemented', ?, ?, ?, ?)")) {
            for (int i = 0; i < OUTBOX; i++) {
                p.setString(1, "lesson:" + i);
                p.setString(2, "{\"n\":" + i + "}");
                p.setObject(3, start.plusMinutes(i));
                p.setObject(4, start.plusMinutes(i));
                p.addBatch();
            }
            p.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
