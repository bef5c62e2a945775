package dimple.infrastructure.shared.mail;

import dimple.application.shared.MailKind;
import java.time.Instant;
import java.util.List;

/** A row of the queue as the sender reads it. */
public record OutgoingMessage(String id, String channel, String recipient, String kind, List<String> facts, String link, boolean digest,
                              int attempts, Instant createdAt) {
    public dimple.application.shared.WebhookEvent webhookEvent() {
        return dimple.application.shared.WebhookEvent.valueOf(kind);
    }

    public MailKind mailKind() {
        return MailKind.valueOf(kind);
    }
}
