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

    /** One message to one webhook (a test an administrator asked for), queued and sent like every other. */
    void announceTo(String webhookId, WebhookEvent event, List<String> facts, String link, Instant now);

    /**
     * The latest failed deliveries to the team's webhooks, newest failure first, as the admin's mail queue shows
     * them: which webhook (its kind), the event, attempts, age, kinds of error; never a URL or a payload.
     */
    List<Failure> failures(String teamId, Instant now, int max);

    /**
     * @param webhook             SLACK, TEAMS or GENERIC
     * @param nextAttemptInSeconds -1 once given up
     */
    record Failure(String webhook, String event, int attempts, long ageSeconds, String error, long nextAttemptInSeconds)
            implements java.io.Serializable {
    }
}
