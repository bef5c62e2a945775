package dimple.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dimple.web.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A team's webhooks from the running application to a receiver in the test (the JDK's HTTP server on
 * 127.0.0.1): a lesson published from a confidential report reaches Slack and a generic endpoint, the
 * generic one signed with the secret shown once; no payload carries the narrative, the customer or who
 * filed; the URL never comes back in full (docs/adr/0031).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {
    private static final String PASSWORD = "a long enough passphrase";

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    record Received(String path, String body, String timestamp, String signature) {
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer receiver;
    private final String sfx = UUID.randomUUID().toString().substring(0, 6);

    WebhooksIT() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestURI().getPath(), new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-Dimple-Timestamp"), exchange.getRequestHeaders().getFirst("X-Dimple-Signature")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private Http api() {
        return Http.api(base);
    }

    private Http.Answer put(String path, String user, String json) {
        return api().send(api().request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private void open(String team, String username, String displayName, String roles, String leads) {
        Http.Answer created = api().post("api/admin/users", "admin", """
                {"username":"%s","displayName":"%s","password":"%s","roles":%s,"teams":["%s"],"leads":%s}"""
                .formatted(username, displayName, PASSWORD, roles, team, leads));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private String receiver(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    @Test
    void aLessonPublished_reachesSlackAndASignedGenericEndpoint_withNothingOfTheReportOrWhoFiledIt() throws Exception {
        String team = "Hooks " + sfx;
        String reporter = "whrep" + sfx;
        String leader = "whlead" + sfx;
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + team + "\"}").status()).isEqualTo(201);
        open(team, reporter, "Wren Reporter", "[\"EMPLOYEE\"]", "[]");
        open(team, leader, "Wade Leader", "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]");
        String teamPath = "api/admin/teams/" + team.replace(" ", "%20") + "/webhooks/";

        Http.Answer slack = put(teamPath + "SLACK", "admin", "{\"url\":\"" + receiver("/services/T0/B0/SECRETPATH" + sfx) + "\"}");
        assertThat(slack.status()).as(slack.toString()).isEqualTo(200);
        assertThat(slack.body()).as("a webhook URL is a secret").doesNotContain("SECRETPATH");
        Http.Answer generic = put(teamPath + "GENERIC", "admin", "{\"url\":\"" + receiver("/generic") + "\"}");
        assertThat(generic.status()).as(generic.toString()).isEqualTo(200);
        String secret = generic.json().getString("secretShownOnce");
        assertThat(secret).hasSize(64);
        Http.Answer listed = api().get(teamPath.substring(0, teamPath.length() - 1), "admin");
        assertThat(listed.body()).doesNotContain(secret).doesNotContain("SECRETPATH").contains("\"signed\":true");
        assertThat(put(teamPath + "SLACK", "admin", "{\"url\":\"ftp://example.com/x\"}").status()).isEqualTo(400);
        assertThat(put(teamPath + "SLACK", leader + ":" + PASSWORD, "{\"url\":\"" + receiver("/x") + "\"}").status()).isEqualTo(403);

        String narrative = "NARRATIVE-" + sfx + " the drawer stayed open";
        String customer = "CUSTOMER-" + sfx;
        Http.Answer filed = api().post("api/reports", reporter + ":" + PASSWORD, """
                {"title":"Drawer %s","narrative":"%s","occurredAt":"2026-01-05T10:00:00Z","team":"%s","kind":"NEAR_MISS",
                 "customerImpact":"MINOR","reporterMode":"CONFIDENTIAL","affectedCustomers":[{"customerRef":"%s","proactive":true}]}"""
                .formatted(sfx, narrative, team, customer));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String lead = leader + ":" + PASSWORD;
        Http.Answer triaged = api().post("api/reports/" + filed.json().getString("id") + "/triage", lead, "{\"decision\":\"REVIEW\"}");
        String review = triaged.json().getString("reviewId");
        String at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(api().post("api/reviews/" + review + "/timeline", lead, "{\"at\":\"" + at + "\",\"text\":\"Drawer left open\"}").status()).isEqualTo(200);
        assertThat(api().post("api/reviews/" + review + "/factors", lead,
                "{\"category\":\"TOOLS\",\"description\":\"No drawer alarm\",\"whys\":[\"Never fitted\"]}").status()).isEqualTo(200);
        assertThat(api().post("api/reviews/" + review + "/actions", lead,
                "{\"title\":\"Fit a drawer alarm\",\"type\":\"CORRECTIVE\",\"owner\":\"" + leader + "\"}").status()).isEqualTo(200);
        for (String to : List.of("IN_REVIEW", "APPROVED", "PUBLISHED")) {
            Http.Answer moved = api().post("api/reviews/" + review + "/transitions", lead, "{\"to\":\"" + to + "\"}");
            assertThat(moved.status()).as(to + " " + moved).isEqualTo(200);
        }

        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (received.stream().filter(r -> r.body().contains("LESSON_PUBLISHED") || r.path().startsWith("/services")).count() < 2
                && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        Received toSlack = received.stream().filter(r -> r.path().startsWith("/services/T0/B0/SECRETPATH")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing reached Slack: " + received));
        assertThat(toSlack.json().getString("text")).startsWith(team + ": a new lesson was published:").contains("https://dimple.test/lesson/view.xhtml?id=");
        Received signed = received.stream().filter(r -> r.path().equals("/generic")).findFirst().orElseThrow();
        assertThat(signed.json().getString("event")).isEqualTo("LESSON_PUBLISHED");
        assertThat(signed.json().getString("team")).isEqualTo(team);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal((signed.timestamp() + "." + signed.body()).getBytes(StandardCharsets.UTF_8))))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(MessageDigest.isEqual(expected, signed.signature().getBytes(StandardCharsets.UTF_8))).as("the signature verifies").isTrue();
        for (Received r : received) {
            assertThat(r.body()).as("no narrative, customer or reporter in any payload")
                    .doesNotContain(narrative).doesNotContain(customer).doesNotContain(reporter).doesNotContain("Wren");
        }
    }
}
