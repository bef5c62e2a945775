package dimple.domain.learning;

/**
 * Where a lesson is in its life. A review publishes a lesson as {@link #PUBLISHED}; the later states of
 * DESIGN.md (implemented, archived, superseded) come with the lessons board.
 */
public enum LessonStatus {
    PUBLISHED
}
