package dimple.infrastructure.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dimple.application.identity.OrganisationTimeZone;
import dimple.application.shared.MailPreferences;
import dimple.application.shared.WebhookEvent;
import dimple.application.shared.Webhooks;
import dimple.domain.identity.Team;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.identity.JpaTeamWebhooks;
import dimple.infrastructure.persistence.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks through the queue, to a real HTTP server (the JDK's, on 127.0.0.1): Slack's and Teams' documented
 * shapes, a generic request whose HMAC-SHA256 signature verifies with the team's secret, a refused request
 * tried again and then sent once, and a webhook removed meanwhile dropped. An administrator's test message
 * reaches the one webhook it was meant for, and the team's failed deliveries are its own.
 */
class WebhookIT {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String SECRET = "a team secret of enough length";

    private final TestDatabase db = TestDatabase.migrated();
    private final MailQueueIT.MovingClock clock = new MailQueueIT.MovingClock(NOW);
    private final Team frontDesk = Team.found("Front Desk", NOW);
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger refuseNext = new AtomicInteger();
    private final HttpServer server;

    record Received(String path, String body, Map<String, List<String>> headers) {
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    WebhookIT() throws Exception {
        db.run(em -> new JpaTeamRepository(em).save(frontDesk));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            if (status == 200) {
                received.add(new Received(exchange.getRequestURI().getPath(), new String(body, StandardCharsets.UTF_8), exchange.getRequestHeaders()));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(0);
        db.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private <T> T inQueue(Function<OutgoingMessages, T> step) {
        return db.inTransaction(em -> step.apply(new OutgoingMessages(em, MailSettings.OFF)));
    }

    private MailSender sender() {
        MailSettings linksOnly = new MailSettings(null, 0, MailSettings.Security.NONE, null, null, null, "https://dimple.example.com/", 7, 30);
        return new MailSender(this::inQueue, null, WebhookTransport.http(), MailQueueIT.WORDS, linksOnly, OrganisationTimeZone.DEFAULT, clock);
    }

    private void hooks() {
        db.run(em -> {
            JpaTeamWebhooks hooks = new JpaTeamWebhooks(em);
            hooks.set(frontDesk.id(), "SLACK", url("/slack"), null, NOW);
            hooks.set(frontDesk.id(), "TEAMS", url("/teams"), null, NOW);
            hooks.set(frontDesk.id(), "GENERIC", url("/generic"), SECRET, NOW);
        });
    }

    private Received at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError("nothing at " + path));
    }

    @Test
    void aLessonPublished_reachesSlackTeamsAndAGenericEndpoint_inTheirShapes_signed() {
        hooks();
        inQueue(q -> {
            q.announce(frontDesk.id(), WebhookEvent.LESSON_PUBLISHED, List.of("Close the drawer <between> sales & say so"), "lesson/view.xhtml?id=7", NOW);
            return null;
        });
        assertThat(sender().sendDue(10)).isEqualTo(3);

        assertThat(at("/slack").json().getString("text"))
                .isEqualTo("Front Desk: LESSON_PUBLISHED [Close the drawer &lt;between&gt; sales &amp; say so] <https://dimple.example.com/lesson/view.xhtml?id=7|Open>");
        JsonObject card = at("/teams").json().getJsonArray("attachments").getJsonObject(0);
        assertThat(card.getString("contentType")).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.getJsonObject("content").getString("type")).isEqualTo("AdaptiveCard");
        assertThat(card.getJsonObject("content").getJsonArray("actions").getJsonObject(0).getString("url"))
                .isEqualTo("https://dimple.example.com/lesson/view.xhtml?id=7");

        Received generic = at("/generic");
        assertThat(generic.json().getString("event")).isEqualTo("LESSON_PUBLISHED");
        assertThat(generic.json().getString("team")).isEqualTo("Front Desk");
        assertThat(generic.json().getJsonObject("lesson").getString("title")).isEqualTo("Close the drawer <between> sales & say so");
        String signed = generic.header("X-Dimple-Timestamp") + "." + generic.body();
        assertThat(generic.header("X-Dimple-Signature")).isEqualTo("sha256=" + WebhookPayloads.hmac(SECRET, signed));
        assertThat(generic.header("X-Dimple-Signature")).as("a wrong secret does not verify")
                .isNotEqualTo("sha256=" + WebhookPayloads.hmac("another secret of enough length", signed));
        assertThat(sender().sendDue(10)).as("sent once").isZero();
    }

    @Test
    void aRefusedRequest_isTriedAgainAfterAPause_andThenSentOnce_andTheAdminSeesTheStatusNotTheUrl() {
        db.run(em -> new JpaTeamWebhooks(em).set(frontDesk.id(), "SLACK", url("/slack/T000/B000/XXXXSECRET"), null, NOW));
        inQueue(q -> {
            q.announce(frontDesk.id(), WebhookEvent.ACTIONS_OVERDUE, List.of("2"), "action/team.xhtml", NOW);
            return null;
        });
        refuseNext.set(1);
        assertThat(sender().sendDue(10)).isEqualTo(1);
        assertThat(received).isEmpty();
        MailPreferences.Health health = db.inTransaction(em -> new JpaMailPreferences(em, new OutgoingMessages(em, MailSettings.OFF), MailSettings.OFF)
                .health(clock.instant()));
        assertThat(health.failures()).singleElement().satisfies(f -> {
            assertThat(f.channel()).isEqualTo("WEBHOOK");
            assertThat(f.error()).isEqualTo("dimple.infrastructure.shared.mail.WebhookTransport$Refused (HTTP 500)");
        });
        assertThat(health.toString()).doesNotContain("SECRET").doesNotContain("127.0.0.1");

        clock.advance(Duration.ofSeconds(31));
        assertThat(sender().sendDue(10)).isEqualTo(1);
        assertThat(sender().sendDue(10)).isZero();
        assertThat(received).singleElement().satisfies(r -> assertThat(r.json().getString("text")).startsWith("Front Desk: ACTIONS_OVERDUE [2]"));
    }

    @Test
    void anAnnouncementToAWebhookRemovedMeanwhile_isDropped_andATeamWithoutWebhooksQueuesNothing() {
        inQueue(q -> {
            q.announce(frontDesk.id(), WebhookEvent.FOLLOW_UPS_OVERDUE, List.of("1"), null, NOW);
            return null;
        });
        assertThat(sender().sendDue(10)).as("no webhook: nothing queued").isZero();

        db.run(em -> new JpaTeamWebhooks(em).set(frontDesk.id(), "GENERIC", url("/generic"), SECRET, NOW));
        inQueue(q -> {
            q.announce(frontDesk.id(), WebhookEvent.FOLLOW_UPS_OVERDUE, List.of("1"), null, NOW);
            return null;
        });
        db.run(em -> new JpaTeamWebhooks(em).remove(frontDesk.id(), "GENERIC"));
        assertThat(sender().sendDue(10)).isEqualTo(1);
        assertThat(received).isEmpty();
    }

    @Test
    void aTestMessage_reachesOnlyItsWebhook_signedWithNoFacts_andATeamsFailuresAreItsOwn() {
        hooks();
        Team orders = Team.found("Online Orders", NOW);
        db.run(em -> {
            new JpaTeamRepository(em).save(orders);
            new JpaTeamWebhooks(em).set(orders.id(), "SLACK", url("/orders-slack"), null, NOW);
        });
        String generic = db.inTransaction(em -> new JpaTeamWebhooks(em).ofTeam(frontDesk.id())).stream()
                .filter(w -> w.kind().equals("GENERIC")).findFirst().orElseThrow().id();
        String ordersSlack = db.inTransaction(em -> new JpaTeamWebhooks(em).ofTeam(orders.id())).get(0).id();
        inQueue(q -> {
            q.announceTo(generic, WebhookEvent.TEST, List.of(), null, NOW);
            q.announceTo(ordersSlack, WebhookEvent.TEST, List.of(), null, NOW);
            return null;
        });
        refuseNext.set(1);
        assertThat(sender().sendDue(10)).isEqualTo(2);
        assertThat(received).as("one of the two was refused").hasSize(1);

        List<Webhooks.Failure> frontDesks = inQueue(q -> q.failures(frontDesk.id(), clock.instant(), 20));
        List<Webhooks.Failure> ordersFailures = inQueue(q -> q.failures(orders.id(), clock.instant(), 20));
        assertThat(frontDesks.size() + ordersFailures.size()).as("the refused one shows for its own team only").isEqualTo(1);
        Webhooks.Failure failure = frontDesks.isEmpty() ? ordersFailures.get(0) : frontDesks.get(0);
        assertThat(failure.webhook()).isEqualTo(frontDesks.isEmpty() ? "SLACK" : "GENERIC");
        assertThat(failure.event()).isEqualTo("TEST");
        assertThat(failure.attempts()).isEqualTo(1);
        assertThat(failure.error()).endsWith("(HTTP 500)");
        assertThat(failure.nextAttemptInSeconds()).isBetween(1L, 30L);
        assertThat(failure.toString()).doesNotContain("127.0.0.1");

        clock.advance(Duration.ofSeconds(31));
        assertThat(sender().sendDue(10)).isEqualTo(1);
        assertThat(received).extracting(Received::path).containsExactlyInAnyOrder("/generic", "/orders-slack");
        Received test = at("/generic");
        assertThat(test.json().getString("event")).isEqualTo("TEST");
        assertThat(test.json().getString("team")).isEqualTo("Front Desk");
        assertThat(test.json().containsKey("count")).as("a test has no facts").isFalse();
        assertThat(test.json().containsKey("lesson")).isFalse();
        assertThat(test.header("X-Dimple-Signature")).isEqualTo("sha256=" + WebhookPayloads.hmac(SECRET, test.header("X-Dimple-Timestamp") + "." + test.body()));
        assertThat(at("/orders-slack").json().getString("text")).startsWith("Online Orders: TEST");
        assertThat(received).extracting(Received::path).as("Front Desk's Slack and Teams got nothing").doesNotContain("/slack", "/teams");
    }
}
