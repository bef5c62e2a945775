package dimple.application.learning;

import dimple.application.shared.OutboxHandler;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.ReportTriaged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * After a triage commits, its reporter reads the outcome and the leader's note in the app, never who the
 * reporter is: addressed by account id, so a confidential reporter is told too.
 */
@ApplicationScoped
public class NotifyReportTriaged implements OutboxHandler<ReportTriaged> {
    private NotificationRepository notifications;

    protected NotifyReportTriaged() {
    }

    @Inject
    public NotifyReportTriaged(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "learning.notify-report-triaged";
    }

    @Override
    public Class<ReportTriaged> event() {
        return ReportTriaged.class;
    }

    @Override
    public void handle(ReportTriaged triaged) {
        // What the reporter reads: the outcome and the leader's note, never who the reporter is. An anonymous
        // reporter is nobody to tell: they read it with their receipt code.
        if (triaged.reporterAccountId() == null) {
            return;
        }
        notifications.save(Notification.reportTriaged(triaged.reporterAccountId(), triaged.number(), triaged.title(), triaged.outcome(),
                triaged.originalNumber(), triaged.note(), "report/view.xhtml?id=" + triaged.reportId(), triaged.occurredAt()));
    }
}
