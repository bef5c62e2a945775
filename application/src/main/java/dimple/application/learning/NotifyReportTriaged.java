package dimple.application.learning;

import dimple.application.shared.OutboxHandler;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationKind;
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
        notifications.save(Notification.to(triaged.reporterAccountId(), NotificationKind.REPORT_TRIAGED, told(triaged),
                "report/view.xhtml?id=" + triaged.reportId(), triaged.occurredAt()));
    }

    /** What the reporter reads: the outcome and the leader's note, never who the reporter is. */
    private static String told(ReportTriaged triaged) {
        String which = "Your report " + triaged.number() + " (\u201C" + triaged.title() + "\u201D)";
        String told = switch (triaged.outcome()) {
            case "NOTED" -> which + " was noted by the team's leaders; no review is needed.";
            case "IN_REVIEW" -> which + " goes into a blameless review. Thank you: this is how the team learns.";
            case "DUPLICATE" -> which + " tells of the same thing as report " + triaged.originalNumber()
                    + ", which the team is already looking into. Thank you for reporting it too.";
            default -> which + " was triaged.";
        };
        return triaged.note() == null ? told : told + " Note from the team: " + triaged.note();
    }
}
