package dimple.application.identity;

/**
 * A team's webhook as administrators see it: its kind ({@code SLACK}, {@code TEAMS}, {@code GENERIC}), the
 * URL's scheme and host and the last 4 characters only, whether it has a signing secret, and the secret
 * itself only in the answer that generated it (shown once).
 */
public record TeamWebhookView(String team, String kind, String url, boolean signed, String secretShownOnce) implements java.io.Serializable {
}
