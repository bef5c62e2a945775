package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's run command and what it promises, on the packaged dimple.jar and the embedded H2 file: an empty data
 * directory is migrated, gets a first administrator whose generated password is printed once, and is served at the
 * root context. Then several people file reports with affected customers and the process is killed with SIGKILL
 * mid-stream, as a power cut or the OOM killer would. Restarted on the same data (behind a public HTTPS address now),
 * it has every report it acknowledged with 201, complete with its recovery cases, says nothing about passwords again,
 * names the public address in every redirect and sets its session cookies the way a browser keeps them only over
 * HTTPS. The first start is also seen as a load balancer sees a start ({@link HealthProbes}). One test, two starts of
 * the jar, because each start costs the build tens of seconds. (The kill -9 on
 * PostgreSQL: {@link ClusterIT}; a configured administrator password: {@link ClusterIT}; demo data on request:
 * every container test.)
 */
class RunnableJarIT {
    private static final Logger LOG = Logger.getLogger(RunnableJarIT.class.getName());
    private static final Pattern PRINTED_PASSWORD = Pattern.compile("Password: (\\S+)");
    private static final int CLIENTS = 6;
    private static final String TEAM = "Front Desk";
    private static final String REPORTER = "rowan:a long passphrase for the crash";

    @Test
    void anEmptyDataDirectory_getsAFirstAdmin_keepsEveryAcknowledgedReportThroughAKillMinus9_andARestartBehindHttps() throws Exception {
        Path dir = Path.of("target", "jar-it", UUID.randomUUID().toString());
        String password;
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        try (RunningJar jar = RunningJar.start(dir, Map.of())) {
            LOG.info(() -> "dimple.jar ready in " + jar.startup().toMillis() + " ms, resident memory " + jar.residentKib() / 1024 + " MiB");
            HealthProbes.aStartSeenFromOutside_isNoAnswerUntilDimpleAnswers_thenOnlyItsJson_neverA404OrA500(jar);
            Matcher printed = PRINTED_PASSWORD.matcher(jar.log());
            assertThat(printed.find()).as("the generated password is in the log").isTrue();
            password = printed.group(1);
            Http api = Http.api(jar.url());
            assertThat(api.get("api/me", "admin:" + password).json().getString("username")).isEqualTo("admin");
            assertThat(api.get("api/me", "emma").status()).as("no demo accounts without DIMPLE_DEMO").isEqualTo(401);
            Http.Answer root = api.send(api.request("", null).GET().build());
            assertThat(root.status()).isEqualTo(302);
            assertThat(root.header("Location").orElseThrow()).endsWith("/login.xhtml");
            assertThat(api.send(api.request("metrics", null).GET().build()).body()).doesNotContain("jvm");

            String admin = "admin:" + password;
            assertThat(api.post("api/admin/teams", admin, "{\"name\":\"" + TEAM + "\"}").status()).isEqualTo(201);
            assertThat(api.post("api/admin/users", admin, """
                    {"username":"rowan","displayName":"Rowan Test","password":"%s","roles":["EMPLOYEE"],"teams":["%s"],"leads":[]}"""
                    .formatted(REPORTER.split(":", 2)[1], TEAM)).status()).isEqualTo(201);
            filesReports_thenKillsTheServer(jar, api, acknowledged);
        }
        LOG.info(() -> "acknowledged before kill -9: " + acknowledged.size() + " reports");

        try (RunningJar again = RunningJar.start(dir, Map.of("DIMPLE_PUBLIC_URL", "https://dimple.example.com"))) {
            assertThat(again.log()).doesNotContain("Password:");
            Http api = Http.api(again.url());
            assertThat(api.get("api/me", "admin:" + password).status()).isEqualTo(200);
            for (Map.Entry<String, Integer> report : acknowledged.entrySet()) {
                Http.Answer answer = api.get("api/reports/" + report.getKey(), REPORTER);
                assertThat(answer.status()).as("report " + report.getKey() + " after the restart").isEqualTo(200);
                List<JsonObject> recoveries = answer.json().getJsonArray("recoveries").getValuesAs(JsonObject.class);
                assertThat(recoveries).as("recoveries of " + report.getKey()).hasSize(report.getValue());
            }

            // Every redirect names the public address, whatever Host the request claimed.
            RawHttp.Answer home = RawHttp.get(again.url(), "/index.xhtml", "evil.example");
            assertThat(home.status()).isEqualTo(302);
            assertThat(home.header("Location")).contains("https://dimple.example.com/login.xhtml");

            // Behind HTTPS both session cookies are Secure and carry the __Host- prefix (ADR 13).
            Http.Answer form = api.send(api.request("login.xhtml", null).GET().build());
            String containerCookie = form.response().headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("__Host-JSESSIONID=")).findFirst().orElseThrow();
            assertThat(containerCookie).contains("Secure").contains("HttpOnly").contains("Path=/");
            Http.Answer signedIn = api.send(HttpRequest.newBuilder(api.resolve("login.xhtml"))
                    .header("Cookie", containerCookie.split(";", 2)[0])
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(FoundationIT.formBody(form.body(), "signInForm",
                            "signInForm:username", "admin", "signInForm:password", password, "signInForm:submit", "")))
                    .build());
            assertThat(signedIn.status()).isEqualTo(302);
            assertThat(signedIn.response().headers().allValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).matches("__Host-dimple-session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax; Secure"));
        }
    }

    /**
     * Six clients file reports with one to three affected customers each until 100 are acknowledged (a minute at
     * most), then the server is killed with SIGKILL while they are still sending. Nothing may be refused before.
     */
    private static void filesReports_thenKillsTheServer(RunningJar jar, Http api, Map<String, Integer> acknowledged) throws Exception {
        AtomicInteger failedWhileRunning = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Instant stopAt = Instant.now().plusSeconds(60);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; !killed.get() && Instant.now().isBefore(stopAt) && i < 10_000; i++) {
                    int customers = 1 + (i % 3);
                    try {
                        Http.Answer answer = api.post("api/reports", REPORTER, report(client, i, customers));
                        if (answer.status() == 201) {
                            acknowledged.put(answer.json().getString("id"), customers);
                        } else if (!killed.get()) {
                            failedWhileRunning.incrementAndGet();
                        }
                    } catch (RuntimeException connectionLost) {
                        if (!killed.get()) {
                            failedWhileRunning.incrementAndGet();
                        }
                    }
                }
            });
        }
        while (acknowledged.size() < 100 && Instant.now().isBefore(stopAt)) {
            Thread.sleep(50);
        }
        killed.set(true);
        jar.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(failedWhileRunning.get()).as("refusals before the kill").isZero();
        assertThat(acknowledged).as("reports acknowledged before the kill").hasSizeGreaterThanOrEqualTo(50);
    }

    private static String report(int client, int i, int customers) {
        StringBuilder affected = new StringBuilder("[");
        for (int k = 0; k < customers; k++) {
            affected.append(k > 0 ? "," : "").append("{\"customerRef\":\"ORDER-").append(client).append('-').append(i).append('-').append(k)
                    .append("\",\"proactive\":").append(k % 2 == 0).append('}');
        }
        affected.append(']');
        String occurredAt = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                {"title":"Wrong size shipped %d-%d","narrative":"The label printer swapped two orders during the rush.",
                 "occurredAt":"%s","team":"%s","kind":"CUSTOMER_HARMED","customerImpact":"MINOR",
                 "reporterMode":"NAMED","affectedCustomers":%s}""".formatted(client, i, occurredAt, TEAM, affected);
    }
}
