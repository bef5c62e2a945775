package dimple.application.learning;

import dimple.application.shared.MailKind;
import dimple.application.shared.Mailbox;
import dimple.application.shared.OutboxHandler;
import dimple.domain.learning.LessonImplemented;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.review.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * After a lesson became implemented, the reporters of the reports its review covered are told "here is
 * what changed because you reported" in the app and by mail: by account id, so confidential reporters are told too and nobody
 * else learns who they are.
 */
@ApplicationScoped
public class NotifyLessonImplemented implements OutboxHandler<LessonImplemented> {
    private NotificationRepository notifications;
    private ReviewRepository reviews;
    private MistakeReportRepository reports;
    private Mailbox mailbox;

    protected NotifyLessonImplemented() {
    }

    @Inject
    public NotifyLessonImplemented(NotificationRepository notifications, ReviewRepository reviews, MistakeReportRepository reports,
                                   Mailbox mailbox) {
        this.mailbox = mailbox;
        this.notifications = notifications;
        this.reviews = reviews;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "learning.notify-lesson-implemented";
    }

    @Override
    public Class<LessonImplemented> event() {
        return LessonImplemented.class;
    }

    @Override
    public void handle(LessonImplemented implemented) {
        Set<String> reporters = new LinkedHashSet<>();
        reviews.findById(implemented.reviewId()).ifPresent(review -> {
            for (MistakeReport report : reports.findByIds(review.reportIds())) {
                if (report.reporterAccountId() != null) { // an anonymous reporter is nobody to tell
                    reporters.add(report.reporterAccountId());
                }
            }
        });
        for (String reporter : reporters) {
            notifications.save(Notification.lessonImplemented(reporter, implemented.title(), implemented.takeaway(),
                    "lesson/view.xhtml?id=" + implemented.lessonId(), implemented.occurredAt()));
            mailbox.queue(reporter, MailKind.WHAT_CHANGED, List.of(implemented.takeaway()),
                    "lesson/view.xhtml?id=" + implemented.lessonId(), implemented.occurredAt());
        }
    }
}
