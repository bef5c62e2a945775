package dimple.domain.review;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A review was approved and published: it is frozen, and what it found is told here so that the
 * learning context can publish its lesson (under {@code lessonId}) and the reporting context can close
 * the reports it covered. Only the review's facts, never who took part: its title, the candour
 * statement and the other texts as written (null when empty), its own tags, the contributing factors
 * and the action items planned (not dropped), in the order they were named and planned.
 */
public record ReviewPublished(String reviewId, String teamId, String lessonId, List<String> reportIds, String title, String summary,
                              String takeaway, String whatHappened, String whyItHappened, String howFixed, String wentWell,
                              String wentWrong, String gotLucky, String noActionReason, List<String> tags, List<Factor> factors,
                              List<PlannedAction> actions, Instant occurredAt) implements DomainEvent {

    public ReviewPublished {
        Objects.requireNonNull(reviewId);
        Objects.requireNonNull(teamId);
        Objects.requireNonNull(lessonId);
        reportIds = List.copyOf(reportIds);
        Objects.requireNonNull(title);
        tags = List.copyOf(tags);
        factors = List.copyOf(factors);
        actions = List.copyOf(actions);
        Objects.requireNonNull(occurredAt);
    }

    /** A contributing factor: its category's name (e.g. {@code TOOLS}), what contributed and its chain of whys. */
    public record Factor(String category, String description, List<String> whys) {
        public Factor {
            whys = List.copyOf(whys);
        }
    }

    /** An action item the review planned: its id, what to do and its type's name (e.g. {@code CORRECTIVE}). */
    public record PlannedAction(String actionId, String title, String type) {
    }

    @Override
    public String aggregate() {
        return "review:" + reviewId;
    }
}
