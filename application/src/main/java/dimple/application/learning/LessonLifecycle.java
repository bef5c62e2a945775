package dimple.application.learning;

import dimple.domain.learning.InsightFigures;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonBoard;
import dimple.domain.learning.LessonRepository;
import dimple.domain.learning.LessonSearch;
import dimple.domain.learning.LessonStatus;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationKind;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionItemRepository;
import dimple.domain.review.ActionStatus;
import dimple.domain.review.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What happens to a lesson as the review and action flows move on, called from inside their use cases
 * (so it runs in their transaction and needs no permission of its own): a published lesson is
 * classified and made findable; once all its action items are done it becomes IMPLEMENTED and the
 * reporters are told "here is what changed because you reported" — by account id, so confidential
 * reporters are told too and nobody else learns who they are.
 */
@ApplicationScoped
public class LessonLifecycle {
    private LessonRepository lessons;
    private LessonBoard board;
    private LessonSearch search;
    private ActionItemRepository actions;
    private ReviewRepository reviews;
    private MistakeReportRepository reports;
    private NotificationRepository notifications;
    private InsightFigures figures;

    protected LessonLifecycle() {
    }

    @Inject
    public LessonLifecycle(LessonRepository lessons, LessonBoard board, LessonSearch search, ActionItemRepository actions,
                           ReviewRepository reviews, MistakeReportRepository reports, NotificationRepository notifications,
                           InsightFigures figures) {
        this.lessons = lessons;
        this.board = board;
        this.search = search;
        this.actions = actions;
        this.reviews = reviews;
        this.reports = reports;
        this.notifications = notifications;
        this.figures = figures;
    }

    /**
     * The published lesson a report about to be submitted is like, if any: asked before the report takes
     * its receipt number, so the search never runs while the receipt counter is held.
     */
    public Optional<String> lessonLike(String title, String narrative) {
        return search.similar(title + " " + narrative, 1).stream().findFirst().map(Lesson::id);
    }

    /**
     * A report was just submitted like this lesson: it is remembered as a repeat mistake for the
     * insights (the lesson and the team only; never who reported it).
     */
    public void repeatMistake(MistakeReport report, String lessonId, Instant at) {
        figures.recordRepeat(report.id(), lessonId, report.teamId(), at);
    }

    /** A review published this lesson (already saved) from these reports: classify it by its first report's kind and index it. */
    public void published(Lesson lesson, Collection<MistakeReport> fromReports) {
        fromReports.stream().findFirst().ifPresent(r -> lesson.classify(r.kind()));
        lessons.save(lesson);
        search.index(lesson);
    }

    /**
     * An action item moved to a closed state: each published lesson it belongs to becomes IMPLEMENTED
     * when all of its items are closed and at least one is done (an item dropped with a reason does not
     * hold a lesson back for ever), and the reporters are told.
     *
     * @return the lessons that became implemented
     */
    public List<Lesson> actionClosed(ActionItem item, Instant at) {
        List<Lesson> implemented = new ArrayList<>();
        if (!item.status().isClosed()) {
            return implemented;
        }
        for (Lesson lesson : board.withAction(item.id())) {
            if (lesson.status() != LessonStatus.PUBLISHED || !allDone(lesson, item)) {
                continue;
            }
            lesson.implement(at);
            lessons.save(lesson);
            implemented.add(lesson);
            for (String reporter : reportersOf(lesson)) {
                notifications.save(Notification.to(reporter, NotificationKind.LESSON_IMPLEMENTED,
                        "Here is what changed because you reported: every action of the lesson \"" + lesson.title()
                                + "\" is done. " + lesson.takeaway(), "lesson/view.xhtml?id=" + lesson.id(), at));
            }
        }
        return implemented;
    }

    private boolean allDone(Lesson lesson, ActionItem changed) {
        boolean anyDone = false;
        for (String id : lesson.actionIds()) {
            Optional<ActionItem> found = id.equals(changed.id()) ? Optional.of(changed) : actions.findById(id);
            if (found.isEmpty() || !found.get().status().isClosed()) {
                return false;
            }
            anyDone |= found.get().status() == ActionStatus.DONE;
        }
        return anyDone;
    }

    private Set<String> reportersOf(Lesson lesson) {
        Set<String> reporters = new LinkedHashSet<>();
        reviews.findById(lesson.reviewId()).ifPresent(review -> {
            for (MistakeReport report : reports.findByIds(review.reportIds())) {
                reporters.add(report.reporterAccountId());
            }
        });
        return reporters;
    }
}
