package dimple.domain.learning;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/** Every action item of a published lesson is closed, at least one of them done: the lesson is in practice. */
public record LessonImplemented(String lessonId, String reviewId, String title, String takeaway, Instant occurredAt)
        implements DomainEvent {

    public LessonImplemented {
        Objects.requireNonNull(lessonId);
        Objects.requireNonNull(reviewId);
        Objects.requireNonNull(occurredAt);
    }

    @Override
    public String aggregate() {
        return "lesson:" + lessonId;
    }
}
