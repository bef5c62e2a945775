package dimple.application.learning;

import dimple.application.shared.MailKind;
import dimple.application.shared.Mailbox;
import dimple.application.shared.OutboxHandler;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonRepository;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.ReportClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * After a published review closed a report, its reporter hears what changes because they reported: the
 * takeaway of the review's lesson (published in the same transaction as the report was closed), in the app
 * and by mail ("what changed because you reported").
 */
@ApplicationScoped
public class NotifyReviewPublished implements OutboxHandler<ReportClosed> {
    private NotificationRepository notifications;
    private LessonRepository lessons;
    private Mailbox mailbox;

    protected NotifyReviewPublished() {
    }

    @Inject
    public NotifyReviewPublished(NotificationRepository notifications, LessonRepository lessons, Mailbox mailbox) {
        this.notifications = notifications;
        this.lessons = lessons;
        this.mailbox = mailbox;
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
        if (closed.reporterAccountId() == null) {
            return; // an anonymous reporter is nobody to tell: they read it with their receipt code
        }
        Lesson lesson = lessons.findByReview(closed.reviewId())
                .orElseThrow(() -> new IllegalStateException("the published review has no lesson yet"));
        notifications.save(Notification.reviewPublished(closed.reporterAccountId(), closed.number(), lesson.takeaway(),
                "report/view.xhtml?id=" + closed.reportId(), closed.occurredAt()));
        mailbox.queue(closed.reporterAccountId(), MailKind.WHAT_CHANGED, List.of(lesson.takeaway()),
                "lesson/view.xhtml?id=" + lesson.id(), closed.occurredAt());
    }
}
