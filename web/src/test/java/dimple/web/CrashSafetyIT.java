package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
import org.junit.jupiter.api.Test;

/**
 * Crash safety of the packaged application: several clients file reports with affected customers;
 * the server is killed with SIGKILL mid-stream and restarted on the same data. Every report that was
 * acknowledged with 201 must be there afterwards, complete with its recovery cases. On the embedded H2 file, the
 * default; the PostgreSQL path gets the same check in {@link ClusterIT}, whose kill -9 of one of two instances is
 * followed by counting every acknowledged report and its recovery cases in the database.
 */
class CrashSafetyIT {
    private static final int CLIENTS = 6;

    @Test
    void everyAcknowledgedReport_survivesAKillMinus9_completeWithItsRecoveries() throws Exception {
        filesReports_killsTheServer_andFindsEveryAcknowledgedReport(Map.of("DIMPLE_DEMO", "true"));
    }

    private void filesReports_killsTheServer_andFindsEveryAcknowledgedReport(Map<String, String> environment) throws Exception {
        Path dir = Path.of("target", "crash-it", UUID.randomUUID().toString());
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger failedWhileRunning = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        try (RunningJar jar = RunningJar.start(dir, environment)) {
            Http api = Http.api(jar.url());
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            Instant stopAt = Instant.now().plusSeconds(60);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; !killed.get() && Instant.now().isBefore(stopAt) && i < 10_000; i++) {
                        int customers = 1 + (i % 3);
                        try {
                            Http.Answer answer = api.post("api/reports", "emma", report(client, i, customers));
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
        }
        assertThat(failedWhileRunning.get()).as("refusals before the kill").isZero();
        assertThat(acknowledged).as("reports acknowledged before the kill").hasSizeGreaterThanOrEqualTo(50);
        System.out.printf("acknowledged before kill -9: %d reports%n", acknowledged.size());

        try (RunningJar restarted = RunningJar.start(dir, environment)) {
            Http api = Http.api(restarted.url());
            for (Map.Entry<String, Integer> report : acknowledged.entrySet()) {
                Http.Answer answer = api.get("api/reports/" + report.getKey(), "emma");
                assertThat(answer.status()).as("report " + report.getKey() + " after restart").isEqualTo(200);
                List<JsonObject> recoveries = answer.json().getJsonArray("recoveries").getValuesAs(JsonObject.class);
                assertThat(recoveries).as("recoveries of " + report.getKey()).hasSize(report.getValue());
            }
        }
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
                 "occurredAt":"%s","team":"Front Desk","kind":"CUSTOMER_HARMED","customerImpact":"MINOR",
                 "reporterMode":"NAMED","affectedCustomers":%s}""".formatted(client, i, occurredAt, affected);
    }
}
