package dimple.application.learning;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonDraft;
import dimple.domain.learning.LessonRepository;
import dimple.domain.learning.LessonSearch;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.review.ReviewPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A published review becomes a lesson, in the publishing transaction: drawn from what the review found
 * ({@link LessonDraft}), under the id the review named, classified by the kind of its first report, and
 * made findable.
 */
@ApplicationScoped
public class PublishedReviews {
    private LessonRepository lessons;
    private LessonSearch search;
    private MistakeReportRepository reports;

    protected PublishedReviews() {
    }

    @Inject
    public PublishedReviews(LessonRepository lessons, LessonSearch search, MistakeReportRepository reports) {
        this.lessons = lessons;
        this.search = search;
        this.reports = reports;
    }

    public void on(@Observes ReviewPublished published) {
        publish(published);
    }

    /** Publishes and indexes the lesson of a published review (the demo calls this for the reviews it publishes). */
    public Lesson publish(ReviewPublished published) {
        Lesson lesson = Lesson.publish(LessonDraft.of(published), published.occurredAt());
        reports.findByIds(published.reportIds()).stream().findFirst().ifPresent(r -> lesson.classify(r.kind()));
        lessons.save(lesson);
        search.index(lesson);
        return lesson;
    }
}
