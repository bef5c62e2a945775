package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own, which the test may stop and start again: Debian's PostgreSQL 15 started by
 * {@code .ci/postgresql} in a fresh data folder on a free loopback port, stopped by its process id (also when the test
 * fails: close it). Its database {@code dimple} is empty. The calling test is skipped where the build's PostgreSQL
 * tests are not enabled ({@link TestPostgresql#notConfigured()}) or PostgreSQL 15 is not installed.
 */
final class OwnPostgresql implements AutoCloseable {
    private static final Path SERVER = Path.of("/usr/lib/postgresql/15/bin/postgres");
    private static final Path SCRIPT = Path.of("..", ".ci", "postgresql").toAbsolutePath().normalize();

    private final Path data;
    private final int port;

    private OwnPostgresql(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    static OwnPostgresql start() throws IOException, InterruptedException {
        TestPostgresql.notConfigured().ifPresent(why -> Assumptions.abort(why));
        Assumptions.assumeTrue(Files.isExecutable(SERVER), "PostgreSQL 15 is not installed (" + SERVER + ")");
        OwnPostgresql server = new OwnPostgresql(Files.createTempDirectory("dimple-own-postgresql-"), RunningJar.freePort());
        server.startAgain();
        return server;
    }

    int port() {
        return port;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/dimple";
    }

    /** The settings that start Dimple on this server's database. */
    Map<String, String> environment() {
        return Map.of("DIMPLE_DB_URL", url(), "DIMPLE_DB_USER", "dimple", "DIMPLE_DB_PASSWORD", "dimple");
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(url(), "dimple", "dimple");
    }

    /** Stops the server (a fast shutdown: open connections are ended); its data stays. */
    void stop() throws IOException, InterruptedException {
        script("stop", data.toString());
    }

    /** Starts the server again on the same port and data. */
    void startAgain() throws IOException, InterruptedException {
        script("start", data.toString(), String.valueOf(port));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }

    private static void script(String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString());
        builder.command().addAll(java.util.List.of(arguments));
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(".ci/postgresql " + String.join(" ", arguments) + ": " + output).isZero();
    }
}
