package dimple.application.review;

import java.util.List;
import java.util.Optional;

/**
 * The lesson a published review became, as the review's page shows it; the learning context answers (the
 * review context never reads a lesson itself, so learning may depend on it and not the other way round).
 */
public interface PublishedLessons {
    Optional<LessonSummary> find(String lessonId);

    /** The tags in use on current lessons (which everyone signed in reads), most used first, at most {@code max}. */
    List<String> tagsInUse(int max);
}
