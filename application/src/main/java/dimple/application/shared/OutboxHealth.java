package dimple.application.shared;

import java.util.List;

/**
 * How the outbox is doing: the messages waiting to be handled (those failing included), per handler and
 * event, and the most recent failures. Ages count from when the event happened as its aggregate keeps the
 * time (a confidential reporter's own action: from the start of its day). Nothing here says what a
 * message carries or which record it is about.
 *
 * @param oldestWaitingSeconds age of the oldest waiting message, null when none waits
 */
public record OutboxHealth(long waiting, long failing, Long oldestWaitingSeconds, List<Kind> kinds, List<Failure> failures) {

    public OutboxHealth {
        kinds = List.copyOf(kinds);
        failures = List.copyOf(failures);
    }

    /** Messages of one handler and event type. */
    public record Kind(String handler, String event, long waiting, long failing, Long oldestWaitingSeconds) {
    }

    /**
     * A message that failed at least once: how often, how old, what went wrong (only the kinds of error,
     * never their messages, which could quote what the message carries) and when it is tried again.
     */
    public record Failure(String handler, String event, int attempts, long ageSeconds, String error, long nextAttemptInSeconds) {
    }
}
