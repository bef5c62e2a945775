package dimple.application.shared;

import java.time.Instant;
import java.util.List;

/**
 * Mail to people (docs/adr/0030), queued in the caller's transaction: a mail exists exactly when the
 * change that caused it committed, and a sender sends it afterwards. A mail to a person who has no
 * address, who turned the kind off, or while no mail server is configured, is not queued at all.
 */
public interface Mailbox {
    /**
     * Queues a mail of {@code kind} to one account: at once or for the day's digest, as the person chose.
     *
     * @param facts what the mail tells, as {@link MailKind} lists for the kind (plain values, put into
     *              words when the mail is sent)
     * @param link  the page it points at, relative to Dimple's address ({@code action/mine.xhtml})
     */
    void queue(String accountId, MailKind kind, List<String> facts, String link, Instant now);
}
