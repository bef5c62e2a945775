package dimple.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dimple.infrastructure.bootstrap.JavaMigrations;
import dimple.infrastructure.persistence.DatabaseVendor;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as an operator runs it: {@code java -jar copy-from-h2/target/dimple-copy-from-h2.jar} in a process of
 * its own, configured by the environment the app reads (DIMPLE_DATA_DIR, DIMPLE_DB_URL, _USER, _PASSWORD). Needs
 * the PostgreSQL that {@code DIMPLE_TEST_POSTGRESQL_URL} names (a schema of its own per test); skipped without it.
 */
class CopyCommandIT {
    private static final String JAR = System.getProperty("dimple.copy.jar", "target/dimple-copy-from-h2.jar");

    @TempDir
    Path folder;

    private String server;
    private String schema;

    private static String setting(String name) {
        String value = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        return value == null || value.isBlank() ? System.getenv().getOrDefault(name, "") : value;
    }

    @BeforeEach
    void schemaOfItsOwn() throws SQLException {
        server = setting("DIMPLE_TEST_POSTGRESQL_URL");
        assumeFalse(server.isBlank(), "PostgreSQL is not configured for the tests: set DIMPLE_TEST_POSTGRESQL_URL (and _USER, _PASSWORD)");
        schema = "copy_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = postgresql(server); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            try (Connection c = postgresql(server); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static Connection postgresql(String url) throws SQLException {
        return DriverManager.getConnection(url, setting("DIMPLE_TEST_POSTGRESQL_USER"), setting("DIMPLE_TEST_POSTGRESQL_PASSWORD"));
    }

    private String target() {
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A small data directory as Dimple leaves it: migrated, a team, a person, a named report, an audit entry. */
    private Path dataDirectory() throws SQLException {
        Path data = folder.resolve("dimple-data");
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("dimple");
        Flyway.configure().dataSource(url, "dimple", "dimple").locations(DatabaseVendor.H2.migrationLocations().toArray(String[]::new))
                .javaMigrations(JavaMigrations.array()).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "dimple", "dimple"); Statement s = c.createStatement()) {
            s.execute("insert into team (id, name, created_at) values ('t1', 'Front Desk', timestamp with time zone '2026-01-05 09:00:00+00')");
            s.execute("insert into account (id, username, display_name, password_hash, enabled, created_at, password_changed_at)"
                    + " values ('a1', 'emma', 'Emma', 'x', true, timestamp with time zone '2026-01-05 09:00:00+00',"
                    + " timestamp with time zone '2026-01-05 09:00:00+00')");
            s.execute("insert into mistake_report (id, number, submitted_at, updated_at, status, title, narrative, occurred_at, team_id,"
                    + " kind, customer_impact, reporter_mode, reporter_account_id) values ('r1', 'R-2026-000001',"
                    + " timestamp with time zone '2026-02-01 10:00:00+01', timestamp with time zone '2026-02-01 10:00:00+01', 'SUBMITTED',"
                    + " 'Parcel sent twice', 'It went out twice.', timestamp with time zone '2026-02-01 08:00:00+00', 't1', 'NO_HARM',"
                    + " 'MINOR', 'NAMED', 'a1')");
            s.execute("update receipt_counter set last_number = 1 where receipt_year = 2026");
            s.execute("insert into audit_entry (id, recorded_at, actor, action, target, detail) values ('e1',"
                    + " timestamp with time zone '2026-02-01 09:00:00+00', 'emma', 'REPORT_SUBMITTED', 'R-2026-000001', null)");
            s.execute("SHUTDOWN");
        }
        return data;
    }

    record Result(int status, String out, String err) {
    }

    private Result run(Path data) throws IOException, InterruptedException {
        Path out = folder.resolve("out-" + UUID.randomUUID() + ".txt");
        Path err = folder.resolve("err-" + UUID.randomUUID() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(JAR).toAbsolutePath().toString()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("DIMPLE_DATA_DIR", data.toString());
        builder.environment().put("DIMPLE_DB_URL", target());
        builder.environment().put("DIMPLE_DB_USER", setting("DIMPLE_TEST_POSTGRESQL_USER"));
        builder.environment().put("DIMPLE_DB_PASSWORD", setting("DIMPLE_TEST_POSTGRESQL_PASSWORD"));
        Process process = builder.start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the copy ends").isTrue();
        } finally {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJar_copiesTheDataDirectory_thenRefusesASecondCopy() throws Exception {
        Path data = dataDirectory();

        Result first = run(data);
        Result second = run(data);

        assertThat(first.status()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("mistake_report").containsPattern("all \\d+ tables")
                .contains("the next named report gets R-2026-000002").contains("Every table holds as many rows as in H2");
        assertThat(first.out() + first.err()).doesNotContain("Parcel", "emma", "password=");
        assertThat(second.status()).isEqualTo(2);
        assertThat(second.err()).contains("is not empty").contains("nothing was written");
        try (Connection c = postgresql(target()); Statement s = c.createStatement();
             var rows = s.executeQuery("select number from mistake_report")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("R-2026-000001");
        }
        System.out.println(first.out());
    }

    @Test
    void theJar_refusesWhileDimpleHoldsTheDatabase_sayingStopDimpleFirst() throws Exception {
        Path data = dataDirectory();
        Result result;
        try (FileChannel file = FileChannel.open(data.resolve("dimple.mv.db"), StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = file.lock()) {
            result = run(data);
        }

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Stop Dimple first");
        try (Connection c = postgresql(target()); Statement s = c.createStatement();
             var rows = s.executeQuery("select count(*) from information_schema.tables where table_schema = '" + schema + "'")) {
            rows.next();
            assertThat(rows.getLong(1)).as("nothing was written").isZero();
        }
    }
}
