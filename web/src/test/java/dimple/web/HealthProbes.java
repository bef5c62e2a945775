package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The health endpoints (MicroProfile Health, docs/adr/0035) as a load balancer sees them, on the packaged jar. What a
 * start looks like from its launch on is asked of every start the tests make (on H2 by {@link RunnableJarIT}, on
 * PostgreSQL by {@link ClusterIT}, whose first instance migrates an empty database), because each start costs the build
 * tens of seconds; readiness following the database is asked of {@link ClusterIT}'s surviving instance, whose
 * PostgreSQL is the test's own ({@link OwnPostgresql}), stopped and started again. No answer needs a sign-in or tells
 * more than check names and UP/DOWN.
 */
final class HealthProbes {
    private static final Logger LOG = Logger.getLogger(HealthProbes.class.getName());

    private HealthProbes() {
    }

    /**
     * What a start looked like from its launch on, to a load balancer polling it and a person opening the sign-in page,
     * and the four probes once it is ready: asked of every start of the jar the tests make (in {@link ClusterIT} on an empty
     * PostgreSQL, in {@link RunnableJarIT} on an empty H2 data directory), because each start costs the build tens of seconds.
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

    /**
     * Readiness is DOWN while the database is gone and UP once it is back, while liveness and start-up stay UP: a load
     * balancer sends no one to an instance that cannot serve them, and nothing restarts an instance that only waits for
     * its database. The answers name no server, port or error. Then the instance serves again.
     */
    static String readiness_isDownWhileTheDatabaseIsGone_andUpOnceItIsBack_whileLivenessStaysUp(RunningJar jar, OwnPostgresql database,
            String credential) throws IOException, InterruptedException {
        Http api = Http.api(jar.url());
        Instant stopped = Instant.now();
        database.stop();
        Http.Answer down = await(api, "health/ready", 503, Duration.ofSeconds(15));
        Duration noticed = Duration.between(stopped, Instant.now());
        assertThat(down.json().getString("status")).isEqualTo("DOWN");
        assertThat(checks(down)).as("the outbox is not asked while the database is gone")
                .containsExactlyInAnyOrderEntriesOf(Map.of("database", "DOWN", "outbox", "DOWN"));
        assertThat(down.body()).doesNotContainIgnoringCase("postgres").doesNotContain(String.valueOf(database.port()))
                .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("jdbc");
        Http.Answer all = api.get("health", null);
        assertThat(all.status()).isEqualTo(503);
        assertThat(checks(all)).containsEntry("migrations", "UP").containsEntry("database", "DOWN");
        Http.Answer live = api.get("health/live", null);
        assertThat(live.status()).as("a database that is gone is no reason to restart the application").isEqualTo(200);
        assertThat(live.json().getString("status")).isEqualTo("UP");
        assertThat(api.get("health/started", null).status()).as("it did start; that stays true").isEqualTo(200);

        Instant started = Instant.now();
        database.startAgain();
        assertThat(checks(await(api, "health/ready", 200, Duration.ofSeconds(60))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("database", "UP", "outbox", "UP"));
        Duration back = Duration.between(started, Instant.now());
        assertThat(api.get("api/me", credential).status()).as("and it serves again").isEqualTo(200);
        return "readiness DOWN " + noticed.toMillis() + " ms after PostgreSQL stopped, UP " + back.toMillis()
                + " ms after it started again; liveness UP throughout";
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
}
