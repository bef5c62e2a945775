package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two instances of the packaged dimple.jar on one PostgreSQL, one Hazelcast cluster on loopback, nginx in front
 * (a browser kept with one instance, API calls spread over both; docs/adr/0026). A person signs in through nginx and
 * starts a report; several clients file reports through nginx; the person's instance is killed with SIGKILL mid-stream. Every report answered 201
 * is stored once with all of its recovery cases (the crash safety of the PostgreSQL path: {@link RunnableJarIT} kills the
 * one instance on the H2 file), the receipt numbers are unique and gapless, and the person finishes the report on the other
 * instance without signing in again. Along the way: the first instance's start as a load balancer sees it, the sign-in
 * delays count failures on both instances together, the coaching retention sweep runs on one instance only, a configured
 * administrator password is never printed; at the end the database is stopped and started again under the survivor,
 * whose readiness follows it ({@link HealthProbes}).
 *
 * <p>Needs PostgreSQL 15 installed and the build's PostgreSQL tests enabled ({@code DIMPLE_TEST_POSTGRESQL_URL}; the
 * test starts a server of its own, {@link OwnPostgresql}) and nginx ({@code DIMPLE_TEST_NGINX}, its path); {@code .ci/run}
 * sets them. Without them it is skipped. Every process it starts is stopped by its process id, also when it fails.
 */
class ClusterIT {
    private static final int CLIENTS = 6;
    private static final int REPORTS_BEFORE_KILL = 40;
    private static final int REPORTS_AFTER_KILL = 40;
    private static final long RETENTION_FIRST_DELAY_SECONDS = 3;
    private static final Pattern UPSTREAM_PORT = Pattern.compile("127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern RECEIPT = Pattern.compile("R-(\\d{4})-(\\d+)");
    /** The first administrator's, given by configuration: never printed (a made-up one is printed once). */
    private static final String ADMIN_PASSWORD = "a chosen passphrase";

    /** What a client sent and got back. */
    private record Filed(String title, int customers, int status, String id, String number, Instant sent, Instant answered, String failure) {
    }

    @Test
    void aPersonKeepsWorkingOnTheOtherInstance_afterAKillMinus9_andEveryAcknowledgedReportIsStoredOnceWithGaplessReceipts()
            throws Exception {
        String nginx = TestPostgresql.setting("dimple.test.nginx");
        assumeTrue(!nginx.isBlank() && Files.isExecutable(Path.of(nginx)), "No nginx for the cluster test: set DIMPLE_TEST_NGINX"
                + " to nginx's path (e.g. /usr/sbin/nginx), as .ci/run does, to run it");
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path dir = Path.of("target", "cluster-it", run).toAbsolutePath();

        // A PostgreSQL of the test's own: at the end it is stopped and started again under the surviving instance.
        OwnPostgresql postgresql = OwnPostgresql.start();
        RunningJar a = null;
        RunningJar b = null;
        Process proxy = null;
        try {
            int clusterPortA = RunningJar.freePort();
            int clusterPortB = RunningJar.freePort();
            String members = "tcpip:127.0.0.1:" + clusterPortA + ",127.0.0.1:" + clusterPortB;
            Map<String, String> environment = new HashMap<>(postgresql.environment());
            environment.putAll(Map.of("DIMPLE_DEMO", "true", "DIMPLE_BIND_ADDRESS", "127.0.0.1", "DIMPLE_TRUSTED_PROXIES", "127.0.0.1",
                    "DIMPLE_RETENTION_FIRST_DELAY_SECONDS", String.valueOf(RETENTION_FIRST_DELAY_SECONDS),
                    "DIMPLE_ADMIN_PASSWORD", ADMIN_PASSWORD));
            Instant began = Instant.now();
            // One after the other: the first migrates the empty database and adds the demo data.
            a = RunningJar.start(dir.resolve("a"), environment, clusterOptions(members, run, clusterPortA, "a"));
            // Seen as a load balancer sees it: a's start migrates the empty PostgreSQL database.
            HealthProbes.aStartSeenFromOutside_isNoAnswerUntilDimpleAnswers_thenOnlyItsJson_neverA404OrA500(a);
            b = RunningJar.start(dir.resolve("b"), environment, clusterOptions(members, run, clusterPortB, "b"));
            Instant bReady = Instant.now();
            Duration startup = Duration.between(began, bReady);
            assertThat(waitForLog(b, "Name: a Lite: false This: false", Duration.ofSeconds(30)))
                    .as("instance b lists instance a as a member of its data grid").isTrue();

            int proxyPort = RunningJar.freePort();
            proxy = startNginx(Path.of(nginx), dir.resolve("nginx"), proxyPort, a.port(), b.port());
            URL front = URI.create("http://127.0.0.1:" + proxyPort + "/").toURL();
            // An HTTP/2 upgrade offer (h2c) never reaches an instance through nginx (docs/adr/0038): the answer is the page
            // over HTTP/1.1 with its Content-Type, not an instance's "101 Switching Protocols".
            RawHttp.Answer offered = RawHttp.send(front, List.of("GET /login.xhtml HTTP/1.1", "Host: 127.0.0.1:" + proxyPort,
                    "Connection: Upgrade, HTTP2-Settings, close", "Upgrade: h2c", "HTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA"), null);
            assertThat(offered.status()).as(offered.toString()).isEqualTo(200);
            assertThat(offered.header("Content-Type")).as(offered.toString()).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

            String delays = signInFailuresCountOnBothInstances(a, b, run, postgresql);

            String title = "Cluster " + run + " browser";
            ConcurrentLinkedQueue<Filed> filed = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            Instant killedAt;
            RunningJar victim;
            Duration browserAfterKill;
            String browserReceipt;
            try (Browser emma = Browser.open(front)) {
                emma.signIn("emma", Http.DEMO_PASSWORD);
                emma.click(By.linkText("Report a mistake"));
                emma.type("reportForm:title", title);
                emma.type("reportForm:narrative", "The guest waited while I was careless with the encoder, which showed 241.");
                // A wording hint drawn by an ajax request: the form's state is in the session now.
                emma.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportForm:hints"), "careless"));
                emma.click(By.id("reportForm:addCustomer"));
                emma.type(emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$=':customerRef']")))
                        .getAttribute("id"), "Booking " + run);
                emma.settled();

                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                try {
                    for (int c = 0; c < CLIENTS; c++) {
                        int client = c;
                        clients.submit(() -> fileReports(Http.api(front), run, client, stop, filed));
                    }
                    awaitAcknowledged(filed, REPORTS_BEFORE_KILL, Instant.MIN, Duration.ofSeconds(90));
                    victim = browsersInstance(dir.resolve("nginx").resolve("access.log")) == a.port() ? a : b;
                    killedAt = Instant.now();
                    victim.kill();

                    // Mid-form on the killed instance's session: finish it and submit it on the survivor.
                    emma.choose("reportForm:kind", "Near miss: caught before it reached anyone");
                    emma.choose("reportForm:customerImpact", "Minor");
                    emma.click(By.id("reportForm:submit"));
                    emma.waiting().until(ExpectedConditions.urlContains("received=true"));
                    browserAfterKill = Duration.between(killedAt, Instant.now());
                    assertThat(emma.url()).as("the browser carried on without the sign-in page").doesNotContain("login.xhtml");
                    assertThat(emma.heading()).isEqualTo(title);
                    browserReceipt = emma.driver().findElement(By.id("receiptNumber")).getText();

                    awaitAcknowledged(filed, REPORTS_AFTER_KILL, killedAt, Duration.ofSeconds(60));
                } finally {
                    stop.set(true);
                    clients.shutdown();
                    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
                }
            }

            // The report the browser filed has the customer added before the kill.
            Http api = Http.api(front);
            // Every page of emma's reports: the clients file as emma too, and may have filed more than a page of them.
            JsonObject mine = null;
            for (int page = 0; mine == null; page++) {
                List<JsonObject> items = api.get("api/reports?mine=true&size=100&page=" + page, "emma").json().getJsonArray("items")
                        .getValuesAs(JsonObject.class);
                assertThat(items).as("the browser's report among emma's reports").isNotEmpty();
                mine = items.stream().filter(r -> title.equals(r.getString("title"))).findFirst().orElse(null);
            }
            assertThat(mine.getString("number")).isEqualTo(browserReceipt);
            List<JsonObject> recoveries = api.get("api/reports/" + mine.getString("id"), "emma").json().getJsonArray("recoveries")
                    .getValuesAs(JsonObject.class);
            assertThat(recoveries).as("the affected customer added before the kill").singleElement()
                    .satisfies(r -> assertThat(r.getString("customerRef")).isEqualTo("Booking " + run));

            List<Filed> all = new ArrayList<>(filed);
            List<Filed> acknowledged = all.stream().filter(f -> f.status() == 201).toList();
            List<Filed> failedBeforeKill = all.stream().filter(f -> f.status() != 201 && f.answered().isBefore(killedAt)).toList();
            List<Filed> failedAfterKill = all.stream().filter(f -> f.status() != 201 && !f.answered().isBefore(killedAt)).toList();
            Optional<Duration> failover = acknowledged.stream().filter(f -> !f.sent().isBefore(killedAt))
                    .map(f -> Duration.between(killedAt, f.answered())).min(Duration::compareTo);
            assertThat(failedBeforeKill).as("refusals while both instances ran").isEmpty();
            assertThat(failover).as("reports acknowledged by the survivor").isPresent();

            // Every acknowledged report is stored once, with a recovery case per affected customer; none twice.
            Map<String, List<String>> storedByTitle = new HashMap<>();
            Map<Integer, String> receiptsThisYear = new TreeMap<>();
            Map<String, Integer> recoveriesByReport = new HashMap<>();
            int year = Integer.parseInt(receipt(acknowledged.get(0).number()).group(1));
            long counter;
            try (Connection db = postgresql.connection(); Statement sql = db.createStatement()) {
                try (ResultSet rows = sql.executeQuery("select id, number, title from mistake_report")) {
                    while (rows.next()) {
                        String number = rows.getString("number");
                        if (rows.getString("title").startsWith("Cluster " + run)) {
                            storedByTitle.computeIfAbsent(rows.getString("title"), t -> new ArrayList<>()).add(rows.getString("id"));
                        }
                        Matcher named = RECEIPT.matcher(number);
                        if (named.matches() && Integer.parseInt(named.group(1)) == year) {
                            assertThat(receiptsThisYear.put(Integer.parseInt(named.group(2)), number)).as("receipt " + number + " twice").isNull();
                        }
                    }
                }
                try (ResultSet rows = sql.executeQuery("select report_id, count(*) from recovery_case group by report_id")) {
                    while (rows.next()) {
                        recoveriesByReport.put(rows.getString(1), rows.getInt(2));
                    }
                }
                try (ResultSet row = sql.executeQuery("select last_number from receipt_counter where receipt_year = " + year)) {
                    assertThat(row.next()).isTrue();
                    counter = row.getLong(1);
                }
            }
            for (Filed report : acknowledged) {
                assertThat(storedByTitle.get(report.title())).as("stored copies of the acknowledged " + report.title())
                        .containsExactly(report.id());
                assertThat(recoveriesByReport.get(report.id())).as("recovery cases of the acknowledged " + report.title())
                        .isEqualTo(report.customers());
            }
            assertThat(storedByTitle.values()).as("reports of this run stored more than once").allSatisfy(ids -> assertThat(ids).hasSize(1));
            assertThat(receiptsThisYear.keySet()).as("receipt numbers of " + year + " count 1, 2, 3 ... without a gap")
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, counter).mapToObj(n -> (int) n).toList());

            // The retention sweep ran once, on the instance that holds its lease.
            assertThat(Duration.between(bReady, Instant.now()).toSeconds()).as("instance b's first firing is due")
                    .isGreaterThan(RETENTION_FIRST_DELAY_SECONDS + 5);
            int sweepsA = count(a.log(), "Coaching retention sweep: deleted");
            int sweepsB = count(b.log(), "Coaching retention sweep: deleted");
            String holder;
            try (Connection db = postgresql.connection(); Statement sql = db.createStatement();
                    ResultSet row = sql.executeQuery("select holder from scheduled_work_lease where name = 'coaching-retention'")) {
                assertThat(row.next()).isTrue();
                holder = row.getString(1);
            }
            assertThat(sweepsA + sweepsB).as("coaching retention sweeps run by the two instances").isEqualTo(1);
            assertThat(holder).as("the lease names the instance that swept").contains(" " + (sweepsA == 1 ? a.pid() : b.pid()) + " ");
            for (RunningJar instance : List.of(a, b)) {
                assertThat(instance.log()).as("a configured administrator password is never printed").doesNotContain("Password:")
                        .doesNotContain(ADMIN_PASSWORD);
                assertThat(instance.log()).as("a log written to a file carries no ANSI colour codes").doesNotContain("\u001b[");
            }
            String readiness = HealthProbes.readiness_isDownWhileTheDatabaseIsGone_andUpOnceItIsBack_whileLivenessStaysUp(
                    victim == a ? b : a, postgresql, "admin:" + ADMIN_PASSWORD);

            Map<Integer, Integer> perInstance = acknowledgedPerUpstream(dir.resolve("nginx").resolve("access.log"));
            List<String> receipts = acknowledged.stream().map(Filed::number).sorted().toList();
            System.out.printf(Locale.ROOT, """
                    cluster test: 2 instances (a on %d, b on %d) ready in %d s, nginx on %d, one PostgreSQL
                      reports acknowledged (201): %d (a: %d, b: %d), each stored once; failures before the kill: 0, after it: %d %s
                      kill -9 of %s (the browser's instance) after %d acknowledged; first 201 from the survivor %d ms after the kill
                      browser: signed in through nginx, form started before the kill, submitted on the survivor %d ms after the kill, receipt %s
                      receipts of %d: %d..%d, unique and gapless (counter at %d); this run's: %s..%s
                      %s; retention swept once (by %s)
                      the survivor's %s
                    """, a.port(), b.port(), startup.toSeconds(), proxyPort, acknowledged.size(), perInstance.getOrDefault(a.port(), 0),
                    perInstance.getOrDefault(b.port(), 0), failedAfterKill.size(), failureSummary(failedAfterKill),
                    victim == a ? "a" : "b", acknowledged.stream().filter(f -> f.answered().isBefore(killedAt)).count(), failover.orElseThrow().toMillis(),
                    browserAfterKill.toMillis(), browserReceipt, year, receiptsThisYear.isEmpty() ? 0 : 1, receiptsThisYear.size(), counter,
                    receipts.get(0), receipts.get(receipts.size() - 1), delays, sweepsA == 1 ? "a" : "b", readiness);
        } finally {
            if (proxy != null) {
                stop(proxy);
            }
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
            postgresql.close();
        }
    }

    /** The cluster options from the repository's file, with this run's own members, ports and cluster name. */
    private static List<String> clusterOptions(String members, String run, int clusterPort, String name) {
        Path properties = Path.of(System.getProperty("dimple.deploy", "../deploy"), "payara", "cluster.properties").toAbsolutePath();
        assertThat(properties).exists();
        return List.of("--systemproperties", properties.toString(), "--clustermode", members, "--clustername", "dimple-it-" + run,
                "--startport", String.valueOf(clusterPort), "--name", name);
    }

    /**
     * Failed sign-ins of one username go to both instances directly (two to a, one to b): the third starts a wait
     * (ADR 15) only if both instances count into the same rows.
     */
    private static String signInFailuresCountOnBothInstances(RunningJar a, RunningJar b, String run, OwnPostgresql postgresql)
            throws java.sql.SQLException {
        String name = "nobody-" + run;
        Http onA = Http.api(a.url());
        Http onB = Http.api(b.url());
        assertThat(onA.get("api/me", name + ":wrong password 1").status()).isEqualTo(401);
        assertThat(onA.get("api/me", name + ":wrong password 2").status()).isEqualTo(401);
        assertThat(onB.get("api/me", name + ":wrong password 3").status()).isEqualTo(401);
        // The rows themselves: the administrators' list shows only waits still in force, and the first lasts 1 s.
        int failures;
        Instant blockedUntil;
        try (Connection db = postgresql.connection(); PreparedStatement sql = db.prepareStatement(
                "select failures, blocked_until from sign_in_delay where username = ?")) {
            sql.setString(1, name);
            try (ResultSet row = sql.executeQuery()) {
                assertThat(row.next()).as("a sign-in delay for " + name + " after 2 failures on a and 1 on b").isTrue();
                failures = row.getInt("failures");
                blockedUntil = row.getObject("blocked_until", java.time.OffsetDateTime.class) == null ? null
                        : row.getObject("blocked_until", java.time.OffsetDateTime.class).toInstant();
            }
        }
        assertThat(failures).as("failures counted for the username, on a and b together").isEqualTo(3);
        assertThat(blockedUntil).as("the third failure started a wait").isNotNull();
        return "sign-in failures: 2 on a + 1 on b = " + failures + " counted in one row, a wait started";
    }

    private static void fileReports(Http api, String run, int client, AtomicBoolean stop, ConcurrentLinkedQueue<Filed> filed) {
        for (int i = 0; !stop.get(); i++) {
            String title = "Cluster " + run + " " + client + "-" + i;
            Instant sent = Instant.now();
            try {
                Http.Answer answer = api.post("api/reports", "emma", report(title, client, i));
                String id = answer.status() == 201 ? answer.json().getString("id") : null;
                String number = answer.status() == 201 ? answer.json().getString("number") : null;
                filed.add(new Filed(title, customers(i), answer.status(), id, number, sent, Instant.now(),
                        answer.status() == 201 ? null : "HTTP " + answer.status()));
            } catch (RuntimeException e) {
                filed.add(new Filed(title, customers(i), 0, null, null, sent, Instant.now(), e.getClass().getSimpleName()));
            }
        }
    }

    /** One, two or three affected customers, so a report stored without all of its recovery cases shows. */
    private static int customers(int i) {
        return 1 + i % 3;
    }

    private static String report(String title, int client, int i) {
        StringBuilder affected = new StringBuilder();
        for (int k = 0; k < customers(i); k++) {
            affected.append(k > 0 ? "," : "").append("{\"customerRef\":\"ORDER-%d-%d-%d\",\"proactive\":%b}".formatted(client, i, k, k % 2 == 0));
        }
        String occurredAt = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                {"title":"%s","narrative":"Two orders were swapped at the packing table during the rush.",
                 "occurredAt":"%s","team":"Front Desk","kind":"CUSTOMER_HARMED","customerImpact":"MINOR",
                 "reporterMode":"NAMED","affectedCustomers":[%s]}"""
                .formatted(title, occurredAt, affected);
    }

    private static void awaitAcknowledged(ConcurrentLinkedQueue<Filed> filed, int count, Instant sentAfter, Duration limit)
            throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (filed.stream().filter(f -> f.status() == 201 && !f.sent().isBefore(sentAfter)).count() < count) {
            assertThat(Instant.now()).as("waiting for " + count + " reports acknowledged").isBefore(until);
            Thread.sleep(50);
        }
    }

    /** nginx with the repository's site configuration (deploy/nginx/dimple.conf), pointed at the two instances. */
    private static Process startNginx(Path nginx, Path prefix, int port, int upstreamA, int upstreamB) throws IOException {
        Path template = Path.of(System.getProperty("dimple.deploy", "../deploy"), "nginx", "dimple.conf");
        String site = Files.readString(template, StandardCharsets.UTF_8);
        site = replaceOnce(site, "listen 127.0.0.1:8080;", "listen 127.0.0.1:" + port + ";");
        site = replaceOnce(site, "server 127.0.0.1:8081 ", "server 127.0.0.1:" + upstreamA + " ");
        site = replaceOnce(site, "server 127.0.0.1:8082 ", "server 127.0.0.1:" + upstreamB + " ");
        site = replaceOnce(site, "/var/log/nginx/dimple-access.log", prefix.resolve("access.log").toString());
        Files.createDirectories(prefix.resolve("temp"));
        Files.writeString(prefix.resolve("dimple.conf"), site, StandardCharsets.UTF_8);
        String temp = prefix.resolve("temp").toString();
        Files.writeString(prefix.resolve("nginx.conf"), """
                daemon off;
                %s
                worker_processes 1;
                pid %s;
                error_log %s warn;
                events { worker_connections 512; }
                http {
                    client_body_temp_path %s/body;
                    proxy_temp_path %s/proxy;
                    fastcgi_temp_path %s/fastcgi;
                    uwsgi_temp_path %s/uwsgi;
                    scgi_temp_path %s/scgi;
                    include %s;
                }
                """.formatted("root".equals(System.getProperty("user.name")) ? "user root;" : "", prefix.resolve("nginx.pid"),
                prefix.resolve("error.log"), temp, temp, temp, temp, temp, prefix.resolve("dimple.conf")), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(nginx.toString(), "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(),
                "-e", prefix.resolve("error.log").toString()).redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile())
                .start();
        Instant until = Instant.now().plusSeconds(20);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return process;
            } catch (IOException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(until)) {
                    stop(process);
                    throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("nginx.out")));
                }
                sleep(100);
            }
        }
    }

    private static String replaceOnce(String text, String line, String replacement) {
        assertThat(text).as("deploy/nginx/dimple.conf has " + line).containsOnlyOnce(line);
        return text.replace(line, replacement);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reports acknowledged per instance (its port), from the access log: the last upstream of a line answered. */
    private static Map<Integer, Integer> acknowledgedPerUpstream(Path accessLog) throws IOException {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : Files.readAllLines(accessLog, StandardCharsets.UTF_8)) {
            if (line.contains(" POST /api/reports 201 ")) {
                Matcher upstream = UPSTREAM_PORT.matcher(line);
                int port = -1;
                while (upstream.find()) {
                    port = Integer.parseInt(upstream.group(1));
                }
                counts.merge(port, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The instance (its port) that answered the browser's last page request, from the access log. */
    private static int browsersInstance(Path accessLog) throws IOException {
        int port = -1;
        for (String line : Files.readAllLines(accessLog, StandardCharsets.UTF_8)) {
            if (line.contains(".xhtml ")) {
                Matcher upstream = UPSTREAM_PORT.matcher(line);
                while (upstream.find()) {
                    port = Integer.parseInt(upstream.group(1));
                }
            }
        }
        return port;
    }

    private static String failureSummary(List<Filed> failed) {
        Map<String, Integer> kinds = new TreeMap<>();
        failed.forEach(f -> kinds.merge(f.failure(), 1, Integer::sum));
        return kinds.isEmpty() ? "" : kinds.toString();
    }

    private static boolean waitForLog(RunningJar jar, String text, Duration limit) {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (jar.log().contains(text)) {
                return true;
            }
            sleep(250);
        }
        return false;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    private static Matcher receipt(String number) {
        Matcher m = RECEIPT.matcher(number);
        assertThat(m.matches()).as("receipt " + number).isTrue();
        return m;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
