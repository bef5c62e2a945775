package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The health endpoints as a load balancer sees them, on the packaged jar over a PostgreSQL of the test's own that
 * it stops and starts again (.ci/postgresql: Debian's PostgreSQL 15 on 127.0.0.1, stopped by process id, also when
 * the test fails): readiness says DOWN while the database is gone and UP once it is back, liveness stays UP, and
 * neither needs a sign-in or tells anything about the database. Skipped with the reason where PostgreSQL is not
 * meant to be used ({@code DIMPLE_TEST_POSTGRESQL_URL} unset, as on a machine without it) or is not installed.
 */
class HealthProbesIT {
    private static final Path SERVER = Path.of("/usr/lib/postgresql/15/bin/postgres");
    private static final Path SCRIPT = Path.of("..", ".ci", "postgresql").toAbsolutePath().normalize();

    @Test
    void readiness_isDownWhileTheDatabaseIsGone_andUpOnceItIsBack_whileLivenessStaysUp() throws Exception {
        String configured = System.getenv("DIMPLE_TEST_POSTGRESQL_URL");
        Assumptions.assumeTrue(configured != null && !configured.isBlank(),
                "PostgreSQL tests are not enabled: DIMPLE_TEST_POSTGRESQL_URL is not set (.ci/run sets it)");
        Assumptions.assumeTrue(Files.isExecutable(SERVER), "PostgreSQL 15 is not installed (" + SERVER + ")");
        Path pgData = Files.createTempDirectory("dimple-health-postgresql-");
        int pgPort = freePort();
        try {
            postgresql("start", pgData, pgPort);
            Path dir = Path.of("target", "health-it", UUID.randomUUID().toString());
            try (RunningJar jar = RunningJar.start(dir, Map.of("DIMPLE_DB_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/dimple",
                    "DIMPLE_DB_USER", "dimple", "DIMPLE_DB_PASSWORD", "dimple", "DIMPLE_ADMIN_PASSWORD", "a chosen passphrase"))) {
                assertThat(jar.log()).as("a configured administrator password is never printed").doesNotContain("Password:");
                assertThat(jar.log()).as("a log written to a file carries no ANSI colour codes").doesNotContain("\u001b[");
                Http api = Http.api(jar.url());
                assertThat(api.get("health/ready", null).body()).contains("\"status\":\"UP\"").contains("\"reachable\":true");

                postgresql("stop", pgData, pgPort);
                Http.Answer down = await(api, "health/ready", 503, Duration.ofSeconds(15));
                assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("\"migrated\":true").contains("\"reachable\":false")
                        .doesNotContainIgnoringCase("postgres").doesNotContain(String.valueOf(pgPort)).doesNotContainIgnoringCase("exception");
                assertThat(api.get("health", null).status()).isEqualTo(503);
                Http.Answer live = api.get("health/live", null);
                assertThat(live.status()).as("a database that is gone is no reason to restart the application").isEqualTo(200);
                assertThat(live.body()).contains("\"status\":\"UP\"");

                postgresql("start", pgData, pgPort);
                assertThat(await(api, "health/ready", 200, Duration.ofSeconds(60)).body()).contains("\"reachable\":true");
                assertThat(api.get("api/me", "admin:a chosen passphrase").status()).as("and it serves again").isEqualTo(200);
            }
        } finally {
            postgresql("stop", pgData, pgPort);
        }
    }

    private static Http.Answer await(Http api, String path, int status, Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        Http.Answer answer = api.get(path, null);
        while (answer.status() != status && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            answer = api.get(path, null);
        }
        assertThat(answer.status()).as(path + " within " + limit + ": " + answer.body()).isEqualTo(status);
        return answer;
    }

    private static void postgresql(String action, Path data, int port) throws IOException, InterruptedException {
        ProcessBuilder builder = action.equals("start")
                ? new ProcessBuilder(SCRIPT.toString(), "start", data.toString(), String.valueOf(port))
                : new ProcessBuilder(SCRIPT.toString(), "stop", data.toString());
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(".ci/postgresql " + action + ": " + output).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
