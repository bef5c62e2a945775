package dimple.infrastructure.persistence.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.reporting.JpaReceiptNumbers;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Growing out of H2 (docs/GROWING-OUT-OF-H2.md): the command copies a Dimple data directory into an empty
 * PostgreSQL database whole, refuses what it must refuse and writes nothing then. Each test has a schema of
 * its own in the PostgreSQL that {@code DIMPLE_TEST_POSTGRESQL_URL} names; without one the tests are skipped.
 */
class CopyFromH2IT {
    @TempDir
    Path folder;

    /** The demo data directory, made once (seeding is the slow part) and copied for each test that uses it. */
    @TempDir
    static Path template;

    private final TestDatabase postgresql = TestDatabase.empty(DatabaseVendor.POSTGRESQL);

    @BeforeAll
    static void demoOnce() throws SQLException {
        TestDatabase.notConfigured(DatabaseVendor.POSTGRESQL).ifPresent(why -> {
            Logger.getLogger(CopyFromH2IT.class.getName()).warning(why);
            Assumptions.abort(why);
        });
        new H2DataDirectory(template.resolve("demo")).withDemo();
    }

    /** A data directory of this test's own with the demo data. */
    private H2DataDirectory demo() throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        try (Stream<Path> files = Files.list(template.resolve("demo"))) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
        return new H2DataDirectory(data);
    }

    @AfterEach
    void dropSchema() throws Exception {
        postgresql.close();
    }

    /** What one run of the command printed and returned. */
    record Run(int status, String out, String err) {
    }

    private Run copy(H2DataDirectory h2) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CopyFromH2.run(new String[] {"--from", h2.path().toString()}, Map.of(
                "DIMPLE_DB_URL", postgresql.url(),
                "DIMPLE_DB_USER", TestDatabase.setting(TestDatabase.POSTGRESQL_USER),
                "DIMPLE_DB_PASSWORD", TestDatabase.setting(TestDatabase.POSTGRESQL_PASSWORD)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theDemoAndThousandsOfRows_areCopiedWhole_andTheNextReceiptContinuesTheCount() throws Exception {
        H2DataDirectory h2 = new H2DataDirectory(folder.resolve("data")).withDemoAndVolume();
        long namedInVolume;
        long demoYearLast;
        try (Connection c = h2.connection()) {
            namedInVolume = longOf(c, "select last_number from receipt_counter where receipt_year = " + H2DataDirectory.VOLUME_YEAR);
            demoYearLast = longOf(c, "select last_number from receipt_counter where receipt_year = 2026");
            H2DataDirectory.shutdown(c);
        }

        Run run = copy(h2);
        System.out.println(run.out());

        assertThat(run.status()).as(run.err()).isEqualTo(CopyFromH2.COPIED);
        assertThat(run.out()).contains("Every table holds as many rows as in H2").contains("rows/s").contains("made searchable on PostgreSQL")
                .contains("mistake_report: " + H2DataDirectory.NARRATIVES_WITH_NUL + " values held U+0000");
        long compared = 0;
        try (Connection source = h2.connection(); Connection target = postgresql.connection()) {
            List<String> tables = tables(source);
            assertThat(tables).contains("mistake_report", "audit_entry", "lesson", "receipt_counter", "outbox_message");
            for (String table : tables) {
                if (table.equals("lesson_term")) {
                    // PostgreSQL's search keeps one document per lesson instead (V40, V41): every lesson with terms has one.
                    assertThat(longOf(target, "select count(*) from lesson_term")).isZero();
                    assertThat(longOf(target, "select count(*) from lesson_document"))
                            .isEqualTo(longOf(source, "select count(distinct lesson_id) from lesson_term")).isPositive();
                    String term = stringOf(source, "select min(term) from lesson_term where term >= 'a'");
                    assertThat(longOf(target, "select count(*) from lesson_document where document @@ plainto_tsquery('simple', '" + term + "')"))
                            .as("lessons found by a copied term").isEqualTo(
                                    longOf(source, "select count(distinct lesson_id) from lesson_term where term = '" + term + "'"));
                    continue;
                }
                Map<String, List<Object>> inH2 = rows(source, table, true);
                Map<String, List<Object>> inPostgresql = rows(target, table, false);
                assertThat(inPostgresql).as("every row of %s, column by column (text without NUL)", table).isEqualTo(inH2);
                compared += inH2.size();
            }
            assertThat(longOf(source, "select count(*) from mistake_report")).isGreaterThanOrEqualTo(H2DataDirectory.REPORTS);
            assertThat(longOf(source, "select count(*) from audit_entry")).isGreaterThanOrEqualTo(H2DataDirectory.AUDIT_ENTRIES);
            assertThat(longOf(source, "select count(*) from lesson")).isGreaterThanOrEqualTo(H2DataDirectory.LESSONS);
            assertThat(longOf(target, "select nextval('outbox_position')")).as("the outbox goes on where H2's sequence was")
                    .isEqualTo(longOf(source, "select next value for outbox_position"));
        }
        assertThat(compared).isGreaterThan(30_000);
        assertThat(run.out()).contains("R-" + H2DataDirectory.VOLUME_YEAR + "-" + String.format("%06d", namedInVolume + 1));

        EntityManagerFactory emf = Persistence.createEntityManagerFactory("dimple", H2DataDirectory.jpa(postgresql.url(),
                TestDatabase.setting(TestDatabase.POSTGRESQL_USER), TestDatabase.setting(TestDatabase.POSTGRESQL_PASSWORD), "org.postgresql.Driver"));
        try {
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            JpaReceiptNumbers receipts = new JpaReceiptNumbers(em);
            assertThat(receipts.next(H2DataDirectory.VOLUME_YEAR)).as("the next named report's number").isEqualTo(namedInVolume + 1);
            assertThat(receipts.next(2026)).isEqualTo(demoYearLast + 1);
            em.getTransaction().rollback();
            em.close();
        } finally {
            emf.close();
        }
        assertThat(run.out() + run.err()).as("nothing of a report is printed").doesNotContain("Report 1", "emma", "lena", "Parcel");
    }

    @Test
    void aSecondCopy_intoTheNowFilledDatabase_isRefused_andWritesNothing() throws Exception {
        H2DataDirectory h2 = demo();
        assertThat(copy(h2).status()).isEqualTo(CopyFromH2.COPIED);
        Map<String, Long> before = counts();

        Run again = copy(h2);

        assertThat(again.status()).isEqualTo(CopyFromH2.REFUSED);
        assertThat(again.err()).contains("is not empty").contains("nothing was written");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anH2FromANewerDimple_isRefused_andNothingIsWritten() throws Exception {
        H2DataDirectory h2 = demo();
        try (Connection c = h2.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"checksum\", \"installed_by\", \"execution_time\", \"success\") values (999, '999', 'from the future', 'SQL',"
                    + " 'V999__from_the_future.sql', 1, 'dimple', 1, true)");
            H2DataDirectory.shutdown(c);
        }
        try (Connection c = h2.connection()) {
            assertThat(longOf(c, "select count(*) from \"flyway_schema_history\" where \"version\" = '999'")).as("the fixture").isEqualTo(1);
            H2DataDirectory.shutdown(c);
        }

        Run run = copy(h2);

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(CopyFromH2.REFUSED);
        assertThat(run.err()).contains("made by a newer Dimple").contains("V999 from the future");
        assertThat(counts()).as("no table was made").isEmpty();
    }

    @Test
    void anH2FromAnOlderDimple_isRefused_sayingHowToMigrateItFirst() throws Exception {
        H2DataDirectory h2 = new H2DataDirectory(folder.resolve("data"));
        h2.flyway("20").migrate();
        try (Connection c = h2.connection()) {
            H2DataDirectory.shutdown(c);
        }

        Run run = copy(h2);

        assertThat(run.status()).isEqualTo(CopyFromH2.REFUSED);
        assertThat(run.err()).contains("older than this Dimple's").contains("Start this Dimple once on the H2 data");
        assertThat(counts()).isEmpty();
    }

    @Test
    void anH2ThatDimpleHoldsOpen_isRefused_sayingStopDimpleFirst() throws Exception {
        H2DataDirectory h2 = demo();
        try (FileChannel file = FileChannel.open(h2.path().resolve("dimple.mv.db"), StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = file.lock()) {
            Run run = copy(h2);

            assertThat(run.status()).isEqualTo(CopyFromH2.REFUSED);
            assertThat(run.err()).contains("Stop Dimple first");
        }
        assertThat(counts()).isEmpty();
    }

    /**
     * A broken target that silently loses audit rows (a trigger drops each one) makes the counts differ: the copy rolls
     * everything back, and once the cause is gone the same command copies into the tables left behind.
     */
    @Test
    void countsThatDisagree_rollTheCopyBack_andTheSameCommandCopiesOnceTheCauseIsGone() throws Exception {
        H2DataDirectory h2 = demo();
        try (Connection c = h2.connection()) {
            assertThat(longOf(c, "select count(*) from audit_entry")).as("the demo has audit entries to lose").isPositive();
            H2DataDirectory.shutdown(c);
        }
        postgresql.flyway().migrate();
        try (Connection c = postgresql.connection(); Statement s = c.createStatement()) {
            s.execute("create function drop_some() returns trigger language plpgsql as $$ begin return null; end $$");
            s.execute("create trigger drop_some before insert on audit_entry for each row execute function drop_some()");
        }

        Run broken = copy(h2);

        assertThat(broken.status()).isEqualTo(CopyFromH2.FAILED);
        assertThat(broken.out()).containsPattern("audit_entry +\\d+ +\\d+  \\*");
        assertThat(broken.err()).contains("rolled back");
        assertThat(counts()).containsEntry("account", 0L).containsEntry("audit_entry", 0L).containsEntry("mistake_report", 0L);

        try (Connection c = postgresql.connection(); Statement s = c.createStatement()) {
            s.execute("drop trigger drop_some on audit_entry");
        }
        Run again = copy(h2);

        assertThat(again.status()).as(again.err()).isEqualTo(CopyFromH2.COPIED);
        assertThat(again.out()).contains("an earlier copy that did not finish");
        try (Connection c = h2.connection()) {
            assertThat(counts()).containsEntry("account", longOf(c, "select count(*) from account"))
                    .containsEntry("audit_entry", longOf(c, "select count(*) from audit_entry"));
        }
    }

    /** A row PostgreSQL refuses fails the copy, which names the table and the constraint, and no value of the row. */
    @Test
    void aRowPostgreSQLRefuses_failsTheCopy_namingTheTableButNoValue() throws Exception {
        H2DataDirectory h2 = demo();
        postgresql.flyway().migrate();
        try (Connection c = postgresql.connection(); Statement s = c.createStatement()) {
            s.execute("alter table team add constraint no_front_desk check (name <> 'Front Desk')");
        }

        Run run = copy(h2);

        assertThat(run.status()).isEqualTo(CopyFromH2.FAILED);
        assertThat(run.err()).contains("while copying table team").contains("23514").contains("no_front_desk")
                .contains("rolled back").doesNotContain("Front Desk");
        assertThat(counts()).containsEntry("team", 0L).containsEntry("account", 0L);
    }

    @Test
    void parentsComeFirst_andACycleStillGivesEveryTable() {
        var keys = List.of(new dimple.infrastructure.persistence.copy.postgresql.PostgresTarget.ForeignKey("a", "report", "team", ""),
                new dimple.infrastructure.persistence.copy.postgresql.PostgresTarget.ForeignKey("b", "lesson", "lesson", ""),
                new dimple.infrastructure.persistence.copy.postgresql.PostgresTarget.ForeignKey("c", "x", "y", ""),
                new dimple.infrastructure.persistence.copy.postgresql.PostgresTarget.ForeignKey("d", "y", "x", ""));

        List<String> order = CopyFromH2.parentsFirst(List.of("report", "lesson", "team", "x", "y"), keys);

        assertThat(order).containsExactlyInAnyOrder("report", "lesson", "team", "x", "y");
        assertThat(order.indexOf("team")).isLessThan(order.indexOf("report"));
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = postgresql.connection()) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "select table_name from information_schema.tables where table_schema = current_schema()")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                counts.put(table, longOf(c, "select count(*) from \"" + table + "\""));
            }
        }
        return counts;
    }

    private static String stringOf(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long longOf(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<String> tables(Connection h2) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = h2.createStatement(); ResultSet r = s.executeQuery("select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name")) {
            while (r.next()) {
                String table = r.getString(1).toLowerCase(Locale.ROOT);
                if (!table.equals("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** Every row of a table by its whole content's first column(s), values normalised to what they mean. */
    private static Map<String, List<Object>> rows(Connection c, String table, boolean h2) throws SQLException {
        Map<String, List<Object>> rows = new TreeMap<>();
        String name = h2 ? "\"" + table.toUpperCase(Locale.ROOT) + "\"" : "\"" + table + "\"";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select * from " + name)) {
            int columns = r.getMetaData().getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(r.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            while (r.next()) {
                Map<String, Object> row = new TreeMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(names.get(i - 1), normal(r.getObject(i)));
                }
                List<Object> values = new ArrayList<>(row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
                rows.put(String.valueOf(values), values);
            }
        }
        return rows;
    }

    private static Object normal(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text) {
            return text.replace("\u0000", "");
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value;
    }
}
