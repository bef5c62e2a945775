package dimple.domain.learning;

import java.util.Optional;

/** Where lessons are kept. */
public interface LessonRepository {
    Optional<Lesson> findById(String id);

    Optional<Lesson> findByReview(String reviewId);

    void save(Lesson lesson);
}
