package dimple.application.shared;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What each person wants by mail, whether mail is on at all, and how the queue of outgoing mail is doing (docs/adr/0030). */
public interface MailPreferences {
    /** Every kind with the person's choice (the default where they never chose). */
    Map<MailKind, MailChoice> choices(String accountId);

    /** Stores a choice; mail of the kind that waits follows it (turned off: it is not sent). */
    void choose(String accountId, MailKind kind, MailChoice choice, Instant now);

    /** Why mail is off, as a message code ({@code mail.off.noHost}); empty when it is on. */
    Optional<String> offBecause();

    /** Counts per channel, kind and state, and the latest failures: never an address, a fact or a recipient. */
    Health health(Instant now);

    /** Every message that failed at least once, latest failure first, a page at a time: kinds of error only. */
    dimple.domain.shared.Page<Failure> failures(dimple.domain.shared.PageRequest request, Instant now);

    record Health(boolean on, String offBecause, long waiting, long failing, long sentLastDay, long dropped, List<Kind> kinds,
                  List<Failure> failures) {
    }

    record Kind(String channel, String kind, long waiting, long failing, long sentLastDay) {
    }

    record Failure(String channel, String kind, int attempts, long ageSeconds, String error, long nextAttemptInSeconds)
            implements java.io.Serializable {
    }

    /**
     * Reads an unsubscribe token (signed by the server, with an expiry): the account and the kinds it turns
     * off, or why it is refused.
     */
    Unsubscribe readToken(String token, Instant now);

    /** A token's verdict: {@code refusal} is null when it is good, else {@code mail.unsubscribe.expired} or {@code mail.unsubscribe.invalid}. */
    record Unsubscribe(String accountId, List<MailKind> kinds, String refusal) {
        public boolean good() {
            return refusal == null;
        }
    }
}
