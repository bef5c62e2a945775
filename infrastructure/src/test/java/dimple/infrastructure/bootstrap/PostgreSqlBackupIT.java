package dimple.infrastructure.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The operator's PostgreSQL backup, as docs/DEPLOYMENT.md tells it: {@code pg_dump -Fc} of a migrated Dimple
 * database, {@code pg_restore} into a fresh, empty database, and the rows there. Uses Debian's PostgreSQL 15
 * client programs; skipped with the reason when PostgreSQL is not configured for the tests
 * ({@code DIMPLE_TEST_POSTGRESQL_URL}) or the programs are missing. The dump is of the test database's Dimple schema
 * ({@code -n}); an operator dumps the whole database.
 */
class PostgreSqlBackupIT {
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    @Test
    void aDump_restoresIntoAFreshDatabase_withTheRowsCommittedBeforeIt() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(BIN.resolve("pg_dump")) && Files.isExecutable(BIN.resolve("pg_restore")),
                "PostgreSQL 15's pg_dump and pg_restore are not in " + BIN + " (Debian: apt-get install postgresql-client-15)");
        try (TestDatabase db = TestDatabase.migrated(DatabaseVendor.POSTGRESQL)) {
            String schema = db.url().replaceAll(".*currentSchema=", "");
            URI server = URI.create(TestDatabase.setting(TestDatabase.POSTGRESQL_URL).substring("jdbc:".length()));
            String user = TestDatabase.setting(TestDatabase.POSTGRESQL_USER);
            String password = TestDatabase.setting(TestDatabase.POSTGRESQL_PASSWORD);
            try (Connection live = db.connection()) {
                TeamRows.add(live, "Front Desk");
                Path dump = Files.createTempFile(Path.of("target").toAbsolutePath(), "dimple-", ".dump");
                run(password, BIN + "/pg_dump", "-Fc", "-h", server.getHost(), "-p", String.valueOf(server.getPort()), "-U", user,
                        "-n", schema, "-f", dump.toString(), URI.create(db.url().substring("jdbc:".length())).getPath().substring(1));
                TeamRows.add(live, "Written after the dump");

                String fresh = "dimple_restore_" + UUID.randomUUID().toString().replace("-", "");
                String serverUrl = TestDatabase.setting(TestDatabase.POSTGRESQL_URL);
                try (Connection admin = DriverManager.getConnection(serverUrl, user, password); Statement s = admin.createStatement()) {
                    s.execute("create database " + fresh);
                } catch (SQLException e) {
                    Assumptions.abort("the test role may not create a database to restore into (" + e.getMessage() + ")");
                }
                try {
                    run(password, BIN + "/pg_restore", "--no-owner", "--exit-on-error", "-h", server.getHost(), "-p",
                            String.valueOf(server.getPort()), "-U", user, "-d", fresh, dump.toString());
                    String restoredUrl = serverUrl.replaceAll("/[^/?]+(\\?.*)?$", "/" + fresh) + "?currentSchema=" + schema;
                    try (Connection copy = DriverManager.getConnection(restoredUrl, user, password)) {
                        assertThat(TeamRows.names(copy)).containsExactly("Front Desk");
                        assertThat(count(copy, "flyway_schema_history where success")).isEqualTo(count(live, "flyway_schema_history where success"));
                    }
                    assertThat(TeamRows.names(live)).containsExactlyInAnyOrder("Front Desk", "Written after the dump");
                } finally {
                    try (Connection admin = DriverManager.getConnection(serverUrl, user, password); Statement s = admin.createStatement()) {
                        s.execute("drop database " + fresh + " with (force)");
                    }
                    Files.deleteIfExists(dump);
                }
            }
        }
    }

    private static void run(String password, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
        assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
    }

    private static long count(Connection c, String from) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
