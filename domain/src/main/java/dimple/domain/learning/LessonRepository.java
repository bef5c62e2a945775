package dimple.domain.learning;

import java.util.Optional;

/** Where lessons are kept. */
public interface LessonRepository {
    Optional<Lesson> findById(String id);

    Optional<Lesson> findByReview(String reviewId);

    /**
     * The lesson, its row locked until the transaction ends and read after the lock is taken: a decision
     * made on it then sees what other transactions committed before, and the next transaction to lock it
     * sees what this one decided. Lock several lessons in the same order everywhere (by id).
     */
    Optional<Lesson> lock(String id);

    void save(Lesson lesson);
}
