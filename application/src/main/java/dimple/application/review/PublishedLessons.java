package dimple.application.review;

import java.util.Optional;

/**
 * The lesson a published review became, as the review's page shows it; the learning context answers (the
 * review context never reads a lesson itself, so learning may depend on it and not the other way round).
 */
public interface PublishedLessons {
    Optional<LessonSummary> find(String lessonId);
}
