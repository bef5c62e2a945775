package dimple.application.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A team's webhooks (docs/adr/0031): at most one per kind. URLs and secrets are secrets. */
public interface TeamWebhooks {
    record Stored(String id, String teamId, String kind, String url, boolean signed) {
        @Override
        public String toString() {
            return "TeamWebhook[" + kind + "]";
        }
    }

    List<Stored> ofTeam(String teamId);

    /** Whether a webhook may be plain {@code http://} (a setting for tests and closed networks; else HTTPS only). */
    boolean plainHttpAllowed();

    /** Sets (or replaces) the team's webhook of the kind; the secret only for GENERIC. */
    Stored set(String teamId, String kind, String url, String secret, Instant now);

    Optional<Stored> remove(String teamId, String kind);
}
