package dimple.application.shared;

import dimple.domain.shared.Message;
import dimple.domain.shared.RuleViolation;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;

/**
 * Why a use case refused a request, as the doors (pages and API) need to know it without looking at
 * domain classes: the kind decides the HTTP status or the kind of message; the message is a code with
 * arguments that the doors render in the reader's language, and is safe to show. A refused rule may
 * name the field it concerns (a name {@link TakenMeanwhile taken at the same moment}).
 */
public record Refusal(Kind kind, Message message, List<FieldProblem> problems) {
    public enum Kind {
        INVALID_INPUT, NOT_SIGNED_IN, NOT_ALLOWED, NOT_FOUND, RULE, STALE, TOO_MANY_ATTEMPTS
    }

    /** The code of "someone else changed this record while you were editing it". */
    public static final String STALE = "refusal.stale";

    /** Classifies an exception (looking through container wrappers); empty when it is an unexpected failure. */
    public static Optional<Refusal> of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInput invalid) {
                return Optional.of(new Refusal(Kind.INVALID_INPUT, invalid.message(), invalid.problems()));
            }
            if (t instanceof NotSignedIn) {
                return Optional.of(new Refusal(Kind.NOT_SIGNED_IN, Message.of(NotSignedIn.CODE), List.of()));
            }
            if (t instanceof AccessRefused) {
                return Optional.of(new Refusal(Kind.NOT_ALLOWED, Message.of(AccessRefused.CODE), List.of()));
            }
            if (t instanceof RecordNotFound missing) {
                return Optional.of(new Refusal(Kind.NOT_FOUND, missing.message(), List.of()));
            }
            if (t instanceof TakenMeanwhile taken) {
                return Optional.of(new Refusal(Kind.RULE, taken.message(), List.of(taken.problem())));
            }
            if (t instanceof RuleRefusal rule) {
                return Optional.of(new Refusal(Kind.RULE, rule.message(), rule.problems()));
            }
            if (t instanceof RuleViolation rule) {
                return Optional.of(new Refusal(Kind.RULE, rule.message(), List.of()));
            }
            if (t instanceof TooManyAttempts tooMany) {
                return Optional.of(new Refusal(Kind.TOO_MANY_ATTEMPTS, tooMany.message(), List.of()));
            }
            if (t instanceof StaleRecord || t instanceof OptimisticLockException) {
                return Optional.of(new Refusal(Kind.STALE, Message.of(STALE), List.of()));
            }
        }
        return Optional.empty();
    }
}
