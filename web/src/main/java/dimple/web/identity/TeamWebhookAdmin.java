package dimple.web.identity;

import dimple.application.identity.TeamWebhookService;
import dimple.application.identity.TeamWebhookView;
import dimple.application.shared.Webhooks;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A team's chat and webhooks for administrators (docs/adr/0031), on the same use cases as
 * {@code /api/admin/teams/{team}/webhooks}: the webhooks (URLs masked, whether a generic one is signed), add or
 * replace one, remove one after a confirmation, queue a test message, and the latest failed deliveries.
 * A generated signing secret is shown once, on the page that made it.
 */
@Named
@ViewScoped
public class TeamWebhookAdmin implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> KINDS = List.of("SLACK", "TEAMS", "GENERIC");

    @Inject
    TeamWebhookService webhooks;

    private String team;
    private String removing;
    private List<TeamWebhookView> list = List.of();
    private List<Webhooks.Failure> failures = List.of();
    private String kind = "SLACK";
    private String url;
    private String secret;
    private String secretShownOnce;

    /** f:viewAction: only administrators get the page (the service refuses everyone else: the 403 page); an unknown team is the 404 page. */
    public void load() {
        refresh();
        if (removing != null && list.stream().noneMatch(w -> w.kind().equals(removing))) {
            removing = null;
        }
    }

    private void refresh() {
        list = webhooks.of(team);
        failures = webhooks.failures(team);
    }

    /** Sets or replaces the team's webhook of the chosen kind; stays on the page, so a generated secret can be shown once. */
    public void save() {
        TeamWebhookView saved = webhooks.set(team, kind, url, secret);
        secretShownOnce = saved.secretShownOnce();
        url = null;
        secret = null;
        refresh();
        Messages.done(Words.text(Words.current(), "webhooks.saved", kindLabel(saved.kind())));
    }

    public String remove() {
        webhooks.remove(team, removing);
        Messages.done(Words.text(Words.current(), "webhooks.removed", kindLabel(removing)));
        return here();
    }

    public String sendTest(String webhookKind) {
        webhooks.sendTest(team, webhookKind);
        Messages.done(Words.text(Words.current(), "webhooks.testQueued", kindLabel(webhookKind)));
        return here();
    }

    private String here() {
        return "/admin/webhooks?faces-redirect=true&team=" + URLEncoder.encode(team, StandardCharsets.UTF_8);
    }

    public String kindLabel(String webhookKind) {
        return Words.text(Words.current(), "webhooks.kind." + webhookKind);
    }

    public String eventLabel(String event) {
        return Words.text(Words.current(), "webhooks.event." + event);
    }

    public List<String> getKinds() {
        return KINDS;
    }

    public List<TeamWebhookView> getList() {
        return list;
    }

    public List<Webhooks.Failure> getFailures() {
        return failures;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getRemoving() {
        return removing;
    }

    public void setRemoving(String removing) {
        this.removing = removing;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getSecretShownOnce() {
        return secretShownOnce;
    }
}
