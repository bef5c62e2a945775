package dimple.bench;

import dimple.application.coaching.CoachingFilter;
import dimple.application.coaching.ExportFormat;
import dimple.application.coaching.ExportHeading;
import dimple.application.coaching.ExportWords;
import dimple.domain.coaching.CoachingRecordQuery;
import dimple.domain.coaching.CoachingViewer;
import dimple.domain.shared.Ids;
import dimple.infrastructure.coaching.JpaCoachingExporter;
import dimple.infrastructure.persistence.DatabaseVendor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Exports the same coaching records as CSV twice per round, in one JVM: with Dimple's exporter (JPA
 * projection in keyset chunks, names joined per chunk, commons-csv RFC 4180, formula neutralisation)
 * and with H2's built-in {@code CSVWRITE} of an equivalent SQL query (no neutralisation). Both write a
 * file in target/. The first round warms both up and is not counted; the table shows the others.
 *
 * <p>Arguments: records (default 100000), measured rounds (default 3), output folder (default target).
 */
public final class CoachingExportBenchmark {
    private static final String URL = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
    private static final String H2_QUERY = "SELECT r.id \"Record id\", e.username \"Employee\", e.display_name \"Employee name\", t.name \"Team\", "
            + "c.username \"Coach\", c.display_name \"Coach name\", r.held_on \"Held on\", r.topic \"Topic\", r.expectation \"Expectation\", "
            + "r.observations \"Observations\", r.agreed_actions \"Agreed actions\", r.follow_up_on \"Follow-up on\", "
            + "(SELECT LISTAGG(l.lesson_id, ' ') WITHIN GROUP (ORDER BY l.lesson_id) FROM coaching_record_lesson l WHERE l.record_id = r.id) \"Lessons\", "
            + "r.status \"Status\", r.shared_at \"Shared at\", r.employee_response \"Employee response\", r.employee_comment \"Employee comment\", "
            + "r.responded_at \"Responded at\", r.closed_at \"Closed at\", r.retain_until \"Retain until\", r.assessment_id \"Assessment id\" "
            + "FROM coaching_record r JOIN account e ON e.id = r.employee_account_id JOIN account c ON c.id = r.coach_account_id "
            + "JOIN team t ON t.id = r.team_id WHERE r.status <> 'DRAFT' ORDER BY r.held_on DESC, r.created_at DESC, r.id";

    private CoachingExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path out = Path.of(args.length > 2 ? args[2] : "target");
        Files.createDirectories(out);

        try (Connection keepAlive = DriverManager.getConnection(URL, "sa", "")) {
            Flyway.configure().dataSource(URL, "sa", "").locations(DatabaseVendor.H2.migrationLocations().toArray(String[]::new)).load().migrate();
            String[] people = seedPeople(keepAlive);
            long seeding = System.nanoTime();
            insert(keepAlive, records, people[0], people[1], people[2]);
            System.out.printf("Inserted %,d coaching records in %,d ms.%n", records, (System.nanoTime() - seeding) / 1_000_000);

            EntityManagerFactory emf = Persistence.createEntityManagerFactory("dimple", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL", "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.driver", "org.h2.Driver", "jakarta.persistence.jdbc.url", URL,
                    "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                    "eclipselink.target-server", "None", "eclipselink.logging.level", "SEVERE"));
            CoachingRecordQuery hr = CoachingRecordQuery.visibleTo(new CoachingViewer(people[3], Set.of(), true));
            ExportHeading heading = new ExportHeading(CoachingFilter.everything(), "benchmark", Instant.now(), ZoneOffset.UTC);
            ExportWords words = english();
            Path dimpleCsv = out.resolve("bench-dimple.csv");
            Path h2Csv = out.resolve("bench-h2-csvwrite.csv");

            List<Long> dimple = new ArrayList<>();
            List<Long> h2 = new ArrayList<>();
            long rows = 0;
            for (int round = 0; round <= rounds; round++) {
                System.gc();
                long started = System.nanoTime();
                rows = exportWithDimple(emf, hr, heading, words, dimpleCsv);
                long dimpleNanos = System.nanoTime() - started;
                System.gc();
                started = System.nanoTime();
                try (Statement s = keepAlive.createStatement()) {
                    s.execute("CALL CSVWRITE('" + h2Csv.toAbsolutePath() + "', '" + H2_QUERY.replace("'", "''") + "', 'charset=UTF-8')");
                }
                long h2Nanos = System.nanoTime() - started;
                System.out.printf("round %d%s: Dimple %,d ms, H2 CSVWRITE %,d ms%n", round, round == 0 ? " (warm-up)" : "",
                        dimpleNanos / 1_000_000, h2Nanos / 1_000_000);
                if (round > 0) {
                    dimple.add(dimpleNanos);
                    h2.add(h2Nanos);
                }
            }
            emf.close();

            System.out.println();
            System.out.printf("%,d records, %d measured rounds after one warm-up, %s, %d processors, load average %.2f%n", rows, rounds,
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("| Export | best ms | median ms | records/s (median) | file size |");
            System.out.println("|---|---:|---:|---:|---:|");
            row("Dimple exporter (JPA keyset chunks + commons-csv, formulas neutralised)", dimple, rows, Files.size(dimpleCsv));
            row("H2 CSVWRITE of the same rows (no neutralisation)", h2, rows, Files.size(h2Csv));
            System.out.printf("Dimple / H2 (median): %.2f%n", median(dimple) / (double) median(h2));
        }
    }

    private static long exportWithDimple(EntityManagerFactory emf, CoachingRecordQuery query, ExportHeading heading, ExportWords words,
                                         Path file) throws Exception {
        EntityManager em = emf.createEntityManager();
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            em.getTransaction().begin();
            long rows = new JpaCoachingExporter(em).write(query, ExportFormat.CSV, heading, words, stream);
            em.getTransaction().commit();
            return rows;
        } finally {
            em.close();
        }
    }

    /** The export's words in English, from the web module's bundle (the file is the one the application writes). */
    private static ExportWords english() throws Exception {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("dimple.words")), StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return (code, args) -> args.length == 0 ? words.getProperty(code)
                : new MessageFormat(words.getProperty(code), Locale.ENGLISH).format(Arrays.stream(args).map(String::valueOf).toArray());
    }

    private static void row(String name, List<Long> nanos, long rows, long bytes) {
        long best = Collections.min(nanos) / 1_000_000;
        long median = median(nanos) / 1_000_000;
        System.out.printf("| %s | %,d | %,d | %,d | %,d bytes |%n", name, best, median, median == 0 ? 0 : rows * 1000 / median, bytes);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A team with a leader, an employee and HR; returns their ids (employee, coach, team, hr). */
    private static String[] seedPeople(Connection c) throws Exception {
        String team = Ids.newId();
        String emma = Ids.newId();
        String lena = Ids.newId();
        String hana = Ids.newId();
        try (Statement s = c.createStatement()) {
            s.execute("insert into team (id, name, created_at) values ('" + team + "', 'Front Desk', current_timestamp)");
            for (String[] p : new String[][] {{emma, "emma", "Emma Employee"}, {lena, "lena", "Lena Leader"}, {hana, "hana", "Hana HR"}}) {
                s.execute("insert into account (id, username, display_name, password_hash, enabled, created_at, password_changed_at) values ('"
                        + p[0] + "', '" + p[1] + "', '" + p[2] + "', 'x', true, current_timestamp, current_timestamp)");
            }
        }
        return new String[] {emma, lena, team, hana};
    }

    /** The same data as the infrastructure's streaming test: about a kilobyte of text per record, some formula-like comments. */
    private static void insert(Connection connection, int count, String employeeId, String coachId, String teamId) throws Exception {
        connection.setAutoCommit(false);
        String filler = "The payment terminal timed out and the payment was run again; both went through. ".repeat(3);
        try (PreparedStatement record = connection.prepareStatement("insert into coaching_record (id, employee_account_id, coach_account_id, "
                + "team_id, held_on, topic, expectation, observations, agreed_actions, follow_up_on, retain_until, status, created_at, "
                + "shared_at, employee_response, employee_comment, responded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement lesson = connection.prepareStatement("insert into coaching_record_lesson (record_id, lesson_id) values (?, ?)")) {
            LocalDate first = LocalDate.of(2026, 11, 23);
            OffsetDateTime created = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);
            for (int i = 0; i < count; i++) {
                String id = Ids.newId();
                LocalDate held = first.minusDays(i % 700);
                record.setString(1, id);
                record.setString(2, employeeId);
                record.setString(3, coachId);
                record.setString(4, teamId);
                record.setDate(5, Date.valueOf(held));
                record.setString(6, "Record " + i + ": card terminal time-outs");
                record.setString(7, "Check the terminal log before a second attempt. " + filler);
                record.setString(8, "Observed on shift " + i + ". " + filler);
                record.setString(9, "Ask the shift lead when unsure, every time. " + filler);
                record.setDate(10, Date.valueOf(held.plusDays(14)));
                record.setDate(11, Date.valueOf(held.plusYears(2)));
                record.setString(12, i % 2 == 0 ? "DECLINED" : "ACKNOWLEDGED");
                record.setObject(13, created.plusSeconds(i));
                record.setObject(14, created.plusSeconds(i + 60));
                record.setString(15, i % 2 == 0 ? "DECLINED" : "ACKNOWLEDGED");
                record.setString(16, i % 3 == 0 ? "=HYPERLINK(\"http://evil.example\",\"" + i + "\")" : "Comment " + i);
                record.setObject(17, created.plusSeconds(i + 120));
                record.addBatch();
                if (i % 10 == 0) {
                    lesson.setString(1, id);
                    lesson.setString(2, Ids.newId());
                    lesson.addBatch();
                }
                if (i % 1000 == 999) {
                    record.executeBatch();
                    lesson.executeBatch();
                }
            }
            record.executeBatch();
            lesson.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
