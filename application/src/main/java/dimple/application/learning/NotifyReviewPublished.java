package dimple.application.learning;

import dimple.application.shared.OutboxHandler;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonRepository;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.ReportClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * After a published review closed a report, its reporter hears what changes because they reported: the
 * takeaway of the review's lesson (published in the same transaction as the report was closed).
 */
@ApplicationScoped
public class NotifyReviewPublished implements OutboxHandler<ReportClosed> {
    private NotificationRepository notifications;
    private LessonRepository lessons;

    protected NotifyReviewPublished() {
    }

    @Inject
    public NotifyReviewPublished(NotificationRepository notifications, LessonRepository lessons) {
        this.notifications = notifications;
        this.lessons = lessons;
    }

    @Override
    public String name() {
        return "learning.notify-review-published";
    }

    @Override
    public Class<ReportClosed> event() {
        return ReportClosed.class;
    }

    @Override
    public void handle(ReportClosed closed) {
        Lesson lesson = lessons.findByReview(closed.reviewId())
                .orElseThrow(() -> new IllegalStateException("the published review has no lesson yet"));
        notifications.save(Notification.reviewPublished(closed.reporterAccountId(), closed.number(), lesson.takeaway(),
                "report/view.xhtml?id=" + closed.reportId(), closed.occurredAt()));
    }
}
