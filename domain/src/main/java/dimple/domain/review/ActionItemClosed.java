package dimple.domain.review;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/** An action item reached a final state: {@code status} is {@code DONE} or {@code NOT_DOING} (dropped with a reason). */
public record ActionItemClosed(String actionId, String reviewId, String status, Instant occurredAt) implements DomainEvent {

    public ActionItemClosed {
        Objects.requireNonNull(actionId);
        Objects.requireNonNull(reviewId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(occurredAt);
    }

    @Override
    public String aggregate() {
        return "action:" + actionId;
    }
}
