package dimple.application.identity;

import dimple.application.shared.Check;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.application.shared.WebhookEvent;
import dimple.application.shared.Webhooks;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Administrators point a team's announcements at Slack, Microsoft Teams or a generic endpoint
 * (docs/adr/0031). A URL is a secret (whoever holds it can post to the channel): it is never shown back in
 * full. A generic endpoint's requests are signed with HMAC-SHA256; its secret is given or generated, and a
 * generated one is shown once. An administrator can queue a test message to one webhook, and sees the latest
 * failed deliveries to the team's webhooks.
 */
@ApplicationScoped
@Transactional
public class TeamWebhookService {
    static final Set<String> KINDS = Set.of("SLACK", "TEAMS", "GENERIC");
    static final int MIN_SECRET = 16;
    /** How many of the latest failed deliveries an administrator sees per team. */
    static final int FAILURES_SHOWN = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TeamRepository teams;
    private TeamWebhooks webhooks;
    private Webhooks queue;
    private Clock clock;

    protected TeamWebhookService() {
    }

    @Inject
    public TeamWebhookService(TeamRepository teams, TeamWebhooks webhooks, Webhooks queue, Clock clock) {
        this.teams = teams;
        this.webhooks = webhooks;
        this.queue = queue;
        this.clock = clock;
    }

    @RequiresPermissions(Permission.TEAM_MANAGE)
    public List<TeamWebhookView> of(String teamName) {
        Team team = team(teamName);
        return webhooks.ofTeam(team.id()).stream().map(w -> view(team, w, null)).toList();
    }

    @RequiresPermissions(Permission.TEAM_MANAGE)
    public TeamWebhookView set(String teamName, String kind, String url, String secret) {
        Team team = team(teamName);
        String k = kind == null ? "" : kind.toUpperCase(Locale.ROOT);
        Check check = Check.input();
        check.that(KINDS.contains(k), "kind", "input.webhookKind");
        check.that(acceptable(url), "url", "input.webhookUrl");
        check.that(secret == null || secret.isBlank() || "GENERIC".equals(k), "secret", "input.webhookSecretOnlyGeneric");
        check.that(secret == null || secret.isBlank() || secret.strip().length() >= MIN_SECRET && secret.strip().length() <= 200, "secret",
                "input.webhookSecretLength", MIN_SECRET);
        check.orRefuse();
        String generated = null;
        String used = secret == null || secret.isBlank() ? null : secret.strip();
        if ("GENERIC".equals(k) && used == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            generated = HexFormat.of().formatHex(random);
            used = generated;
        }
        return view(team, webhooks.set(team.id(), k, url.strip(), used, clock.instant()), generated);
    }

    @RequiresPermissions(Permission.TEAM_MANAGE)
    public void remove(String teamName, String kind) {
        Team team = team(teamName);
        webhooks.remove(team.id(), kind == null ? "" : kind.toUpperCase(Locale.ROOT)).orElseThrow(() -> new RecordNotFound("webhook"));
    }

    /**
     * Queues a test message to the team's webhook of the kind, through the same queue as every announcement: it
     * is sent within the sender's next round, retried like the others, and a failure shows among {@link #failures}.
     */
    @RequiresPermissions(Permission.TEAM_MANAGE)
    public void sendTest(String teamName, String kind) {
        Team team = team(teamName);
        String k = kind == null ? "" : kind.toUpperCase(Locale.ROOT);
        TeamWebhooks.Stored hook = webhooks.ofTeam(team.id()).stream().filter(w -> w.kind().equals(k)).findFirst()
                .orElseThrow(() -> new RecordNotFound("webhook"));
        queue.announceTo(hook.id(), WebhookEvent.TEST, List.of(), null, clock.instant());
    }

    /** The latest failed deliveries to the team's webhooks (kinds of error, never a URL or a payload), newest first. */
    @RequiresPermissions(Permission.TEAM_MANAGE)
    public List<Webhooks.Failure> failures(String teamName) {
        return queue.failures(team(teamName).id(), clock.instant(), FAILURES_SHOWN);
    }

    private boolean acceptable(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.getHost() != null && uri.getUserInfo() == null
                    && ("https".equals(scheme) || "http".equals(scheme) && webhooks.plainHttpAllowed());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Team team(String name) {
        return teams.findByName(name == null ? "" : name).orElseThrow(() -> new RecordNotFound("team"));
    }

    /** Scheme, host and the last 4 characters: enough to recognise it, not enough to post to it. */
    static String masked(String url) {
        URI uri = URI.create(url);
        String tail = url.length() > 8 ? url.substring(url.length() - 4) : "";
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/\u2026" + tail;
    }

    private static TeamWebhookView view(Team team, TeamWebhooks.Stored stored, String secretShownOnce) {
        return new TeamWebhookView(team.name(), stored.kind(), masked(stored.url()), stored.signed(), secretShownOnce);
    }
}
