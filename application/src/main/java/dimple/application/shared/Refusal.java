package dimple.application.shared;

import dimple.domain.shared.RuleViolation;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;

/**
 * Why a use case refused a request, as the doors (pages and API) need to know it without looking at
 * domain classes: the kind decides the HTTP status or the kind of message, the text is safe to show.
 */
public record Refusal(Kind kind, String message, List<FieldProblem> problems) {
    public enum Kind {
        INVALID_INPUT, NOT_SIGNED_IN, NOT_ALLOWED, NOT_FOUND, RULE, STALE
    }

    public static final String STALE_MESSAGE = "Someone else changed this record while you were editing it. Reload it and make your change again.";

    /** Classifies an exception (looking through container wrappers); empty when it is an unexpected failure. */
    public static Optional<Refusal> of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInput invalid) {
                return Optional.of(new Refusal(Kind.INVALID_INPUT, invalid.getMessage(), invalid.problems()));
            }
            if (t instanceof NotSignedIn) {
                return Optional.of(new Refusal(Kind.NOT_SIGNED_IN, t.getMessage(), List.of()));
            }
            if (t instanceof AccessRefused) {
                return Optional.of(new Refusal(Kind.NOT_ALLOWED, t.getMessage(), List.of()));
            }
            if (t instanceof RecordNotFound) {
                return Optional.of(new Refusal(Kind.NOT_FOUND, t.getMessage(), List.of()));
            }
            if (t instanceof RuleViolation) {
                return Optional.of(new Refusal(Kind.RULE, t.getMessage(), List.of()));
            }
            if (t instanceof StaleRecord || t instanceof OptimisticLockException) {
                return Optional.of(new Refusal(Kind.STALE, STALE_MESSAGE, List.of()));
            }
        }
        return Optional.empty();
    }
}
