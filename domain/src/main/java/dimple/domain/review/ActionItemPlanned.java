package dimple.domain.review;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** An action item of a review was planned, owned by someone (who is told, unless they planned it themselves). */
public record ActionItemPlanned(String actionId, String reviewId, String teamId, String title, String ownerAccountId,
                                String plannedByAccountId, LocalDate dueDate, Instant occurredAt) implements DomainEvent {

    public ActionItemPlanned {
        Objects.requireNonNull(actionId);
        Objects.requireNonNull(reviewId);
        Objects.requireNonNull(ownerAccountId);
        Objects.requireNonNull(plannedByAccountId);
        Objects.requireNonNull(occurredAt);
    }

    @Override
    public String aggregate() {
        return "action:" + actionId;
    }
}
