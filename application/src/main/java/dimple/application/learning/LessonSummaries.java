package dimple.application.learning;

import dimple.application.review.LessonSummary;
import dimple.application.review.PublishedLessons;
import dimple.application.shared.LessonText;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonBoard;
import dimple.domain.learning.LessonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The lesson a published review became, as the review's page shows it, and the tags in use, for the review context. */
@ApplicationScoped
public class LessonSummaries implements PublishedLessons {
    private LessonRepository lessons;
    private LessonBoard board;

    protected LessonSummaries() {
    }

    @Inject
    public LessonSummaries(LessonRepository lessons, LessonBoard board) {
        this.lessons = lessons;
        this.board = board;
    }

    @Override
    public List<String> tagsInUse(int max) {
        return board.tags(max);
    }

    @Override
    public Optional<LessonSummary> find(String lessonId) {
        return lessons.findById(lessonId).map(l -> new LessonSummary(l.id(), l.title(), l.takeaway(), story(l), l.tags(), l.publishedAt()));
    }

    /** A lesson's story for a view: its sections (headings are the web tier's words), or its body as written. */
    static LessonText story(Lesson lesson) {
        return new LessonText(lesson.sections().stream()
                .map(s -> new LessonText.Section(s.part().name(), s.label(), s.text())).toList(), lesson.body());
    }
}
