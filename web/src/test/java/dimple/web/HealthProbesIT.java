package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The health endpoints (MicroProfile Health, docs/adr/0035) as a load balancer sees them, on the packaged jar: what a
 * start looks like from its launch on (asked of every start: on H2 by {@link RunnableJarIT}, on PostgreSQL here), and, over a PostgreSQL of the test's own that it stops and starts again
 * (.ci/postgresql: Debian's PostgreSQL 15 on 127.0.0.1, stopped by process id, also when the test fails), readiness
 * DOWN while the database is gone and UP once it is back while liveness and start-up stay UP. No answer needs a
 * sign-in or tells more than check names and UP/DOWN. The PostgreSQL test is skipped with the reason where
 * PostgreSQL is not meant to be used ({@code DIMPLE_TEST_POSTGRESQL_URL} unset, as on a machine without it) or is
 * not installed.
 */
class HealthProbesIT {
    private static final Logger LOG = Logger.getLogger(HealthProbesIT.class.getName());
    private static final Path SERVER = Path.of("/usr/lib/postgresql/15/bin/postgres");
    private static final Path SCRIPT = Path.of("..", ".ci", "postgresql").toAbsolutePath().normalize();

    /**
     * What a start looked like from its launch on, to a load balancer polling it and a person opening the sign-in page,
     * and the four probes once it is ready: asked of every start of the jar the tests make (here on PostgreSQL, in
     * {@link RunnableJarIT} on an empty H2 data directory), because each start costs the build tens of seconds.
     */
    static void aStartSeenFromOutside_isNoAnswerUntilDimpleAnswers_thenOnlyItsJson_neverA404OrA500(RunningJar jar) {
        List<RunningJar.Seen> seen = jar.seenWhileStarting();
        LOG.info(() -> "From the launch on:\n  " + String.join("\n  ", seen.stream().map(RunningJar.Seen::toString).toList()));
        // The listener opens only once Dimple's module runs (docs/adr/0035): until then a connection is refused, which a
        // load balancer takes as "not this instance". Never Payara's 404 page, its 503 of "No Application deployed", or
        // the bare 500 of a root context that is starting, on a probe or on a page.
        assertThat(seen).as("no 500 from the launch on").noneMatch(answer -> answer.status() == 500);
        assertThat(seen).as("no 404 from the launch on").noneMatch(answer -> answer.status() == 404);
        for (RunningJar.Seen answer : seen) {
            if (answer.status() != 0 && answer.path().startsWith("health/")) {
                assertThat(answer.body()).as("only Dimple's JSON: " + answer).contains("\"status\":")
                        .contains(answer.path().equals("health/ready") ? "\"name\":\"database\"" : "\"name\":\"migrations\"")
                        .doesNotContain("No Application deployed");
                assertThat(answer.status()).as(answer.toString()).isIn(200, 503);
            }
            if (answer.status() != 0 && answer.path().equals("login.xhtml")) {
                assertThat(answer.status()).as("the sign-in page, once it answers: " + answer).isEqualTo(200);
            }
        }
        assertThat(seen.get(seen.size() - 1).status()).isEqualTo(200);

        Http api = Http.api(jar.url());
        Http.Answer ready = api.get("health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.contentType()).startsWith("application/json");
        assertThat(ready.header("Cache-Control")).contains("no-store");
        assertThat(checks(ready)).containsExactlyInAnyOrderEntriesOf(Map.of("database", "UP", "outbox", "UP"));
        assertThat(ready.json().getString("status")).isEqualTo("UP");

        Http.Answer started = api.get("health/started", null);
        assertThat(started.status()).isEqualTo(200);
        assertThat(checks(started)).containsExactlyEntriesOf(Map.of("migrations", "UP"));

        Http.Answer live = api.get("health/live", null);
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().getString("status")).isEqualTo("UP");
        assertThat(live.json().getJsonArray("checks")).as("liveness looks at nothing (docs/adr/0028)").isEmpty();

        Http.Answer all = api.get("health", null);
        assertThat(all.status()).isEqualTo(200);
        assertThat(checks(all)).containsExactlyInAnyOrderEntriesOf(Map.of("migrations", "UP", "database", "UP", "outbox", "UP"));
    }

    /** Each check's name and status, after checking that a check says nothing else (its data, if any, is empty). */
    private static Map<String, String> checks(Http.Answer answer) {
        JsonObject body = answer.json();
        assertThat(body.keySet()).as(answer.toString()).containsExactlyInAnyOrder("status", "checks");
        Map<String, String> checks = new LinkedHashMap<>();
        for (JsonValue value : body.getJsonArray("checks")) {
            JsonObject check = value.asJsonObject();
            assertThat(check.keySet()).as(answer.toString()).contains("name", "status").isSubsetOf("name", "status", "data");
            if (check.containsKey("data")) {
                assertThat(check.getJsonObject("data")).as("no data: " + answer).isEmpty();
            }
            checks.put(check.getString("name"), check.getString("status"));
        }
        return checks;
    }

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
                aStartSeenFromOutside_isNoAnswerUntilDimpleAnswers_thenOnlyItsJson_neverA404OrA500(jar);
                Http api = Http.api(jar.url());

                postgresql("stop", pgData, pgPort);
                Http.Answer down = await(api, "health/ready", 503, Duration.ofSeconds(15));
                assertThat(down.json().getString("status")).isEqualTo("DOWN");
                assertThat(checks(down)).as("the outbox is not asked while the database is gone")
                        .containsExactlyInAnyOrderEntriesOf(Map.of("database", "DOWN", "outbox", "DOWN"));
                assertThat(down.body()).doesNotContainIgnoringCase("postgres").doesNotContain(String.valueOf(pgPort))
                        .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("jdbc");
                Http.Answer all = api.get("health", null);
                assertThat(all.status()).isEqualTo(503);
                assertThat(checks(all)).containsEntry("migrations", "UP").containsEntry("database", "DOWN");
                Http.Answer live = api.get("health/live", null);
                assertThat(live.status()).as("a database that is gone is no reason to restart the application").isEqualTo(200);
                assertThat(live.json().getString("status")).isEqualTo("UP");
                assertThat(api.get("health/started", null).status()).as("it did start; that stays true").isEqualTo(200);

                postgresql("start", pgData, pgPort);
                assertThat(checks(await(api, "health/ready", 200, Duration.ofSeconds(60))))
                        .containsExactlyInAnyOrderEntriesOf(Map.of("database", "UP", "outbox", "UP"));
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
