package dimple.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.application.shared.English;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.WebhookEvent;
import dimple.application.shared.Webhooks;
import dimple.domain.identity.Team;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The webhooks page's use cases beside the API's: a test message to one webhook, and the team's failed deliveries. */
class TeamWebhookServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    private final InMemoryTeams teams = new InMemoryTeams();
    private final StoredWebhooks stored = new StoredWebhooks();
    private final Queue queue = new Queue();
    private final TeamWebhookService service = new TeamWebhookService(teams, stored, queue, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Team frontDesk = Team.found("Front Desk", NOW);
    private final Team orders = Team.found("Online Orders", NOW);

    TeamWebhookServiceTest() {
        teams.save(frontDesk);
        teams.save(orders);
    }

    @Test
    void sendTest_queuesOneTestMessage_toThatWebhookOnly_withNoFacts() {
        service.set("Front Desk", "SLACK", "https://hooks.slack.com/services/T0/B0/SECRET", null);
        TeamWebhookView generic = service.set("Front Desk", "generic", "https://example.com/hook", null);

        service.sendTest("Front Desk", "generic");

        String genericId = stored.ofTeam(frontDesk.id()).stream().filter(w -> w.kind().equals("GENERIC")).findFirst().orElseThrow().id();
        assertThat(queue.queued).containsExactly(new Queued(genericId, WebhookEvent.TEST, List.of(), null, NOW));
        assertThat(generic.signed()).isTrue();
    }

    @Test
    void sendTest_toAKindTheTeamHasNot_isNotFound_andQueuesNothing() {
        service.set("Online Orders", "SLACK", "https://hooks.slack.com/services/T0/B0/OTHER", null);

        assertThatThrownBy(() -> service.sendTest("Front Desk", "SLACK")).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> service.sendTest("No Such Team", "SLACK")).isInstanceOf(RecordNotFound.class);
        assertThat(queue.queued).isEmpty();
    }

    @Test
    void failures_areTheTeamsOwn_fromTheQueue() {
        Webhooks.Failure refused = new Webhooks.Failure("SLACK", "TEST", 1, 5, "Refused (HTTP 500)", 30);
        queue.failures.put(frontDesk.id(), List.of(refused));

        assertThat(service.failures("Front Desk")).containsExactly(refused);
        assertThat(service.failures("Online Orders")).isEmpty();
    }

    @Test
    void set_refusesWhatThePageAndTheApiRefuse_withTheSameWords() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> service.set("Front Desk", "SLACK", "ftp://example.com/x", "too short"));

        assertThat(English.said(refused.problems())).containsExactly(
                English.said("url", "Enter the webhook's full https:// address."),
                English.said("secret", "Only a GENERIC webhook is signed with a secret."),
                English.said("secret", "A signing secret has at least 16 characters (up to 200); leave it empty to have one made."));
        assertThat(stored.ofTeam(frontDesk.id())).isEmpty();
    }

    record Queued(String webhookId, WebhookEvent event, List<String> facts, String link, Instant at) {
    }

    static final class Queue implements Webhooks {
        final List<Queued> queued = new ArrayList<>();
        final Map<String, List<Failure>> failures = new LinkedHashMap<>();

        @Override
        public void announce(String teamId, WebhookEvent event, List<String> facts, String link, Instant now) {
            throw new AssertionError("the page announces to one webhook only");
        }

        @Override
        public void announceTo(String webhookId, WebhookEvent event, List<String> facts, String link, Instant now) {
            queued.add(new Queued(webhookId, event, facts, link, now));
        }

        @Override
        public List<Failure> failures(String teamId, Instant now, int max) {
            return failures.getOrDefault(teamId, List.of());
        }
    }

    static final class StoredWebhooks implements TeamWebhooks {
        private final List<Stored> all = new ArrayList<>();

        @Override
        public List<Stored> ofTeam(String teamId) {
            return all.stream().filter(w -> w.teamId().equals(teamId)).toList();
        }

        @Override
        public boolean plainHttpAllowed() {
            return false;
        }

        @Override
        public Stored set(String teamId, String kind, String url, String secret, Instant now) {
            remove(teamId, kind);
            Stored stored = new Stored(UUID.randomUUID().toString(), teamId, kind, url, secret != null);
            all.add(stored);
            return stored;
        }

        @Override
        public Optional<Stored> remove(String teamId, String kind) {
            Optional<Stored> existing = ofTeam(teamId).stream().filter(w -> w.kind().equals(kind)).findFirst();
            existing.ifPresent(all::remove);
            return existing;
        }
    }
}
