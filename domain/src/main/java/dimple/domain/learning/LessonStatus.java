package dimple.domain.learning;

/**
 * Where a lesson is in its life: a review publishes it as {@link #PUBLISHED}; it becomes
 * {@link #IMPLEMENTED} by itself once all its action items are done; a leader may take it off the board
 * as {@link #ARCHIVED} or {@link #SUPERSEDED} by a newer lesson.
 */
public enum LessonStatus {
    PUBLISHED, IMPLEMENTED, ARCHIVED, SUPERSEDED;

    /** Shown on the board and found by search. */
    public boolean isCurrent() {
        return this == PUBLISHED || this == IMPLEMENTED;
    }
}
