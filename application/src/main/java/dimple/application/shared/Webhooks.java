package dimple.application.shared;

import java.time.Instant;
import java.util.List;

/**
 * Announcements to a team's webhooks (docs/adr/0031), queued in the caller's transaction like mail
 * ({@link Mailbox}): one message per webhook the team has, sent afterwards with retries, once.
 */
public interface Webhooks {
    /**
     * @param facts as {@link WebhookEvent} lists them
     * @param link  the page it points at, relative to Dimple's address; null for none
     */
    void announce(String teamId, WebhookEvent event, List<String> facts, String link, Instant now);
}
