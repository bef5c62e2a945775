package dimple.application.learning;

import dimple.application.shared.OutboxHandler;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * After a report is filed, the leaders of its team are told in the app: its number and title, never who
 * filed it. A confidential report's notification is the same whoever filed it: it keeps the day only (as
 * the event does), and it goes to every leader of the team, the reporter too if they lead it, so that
 * nobody can tell the reporter by who was not told. A named report's reporter is not told of their own.
 */
@ApplicationScoped
public class NotifyReportSubmitted implements OutboxHandler<ReportSubmitted> {
    private MistakeReportRepository reports;
    private AccountRepository accounts;
    private NotificationRepository notifications;

    protected NotifyReportSubmitted() {
    }

    @Inject
    public NotifyReportSubmitted(MistakeReportRepository reports, AccountRepository accounts, NotificationRepository notifications) {
        this.reports = reports;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "learning.notify-report-submitted";
    }

    @Override
    public Class<ReportSubmitted> event() {
        return ReportSubmitted.class;
    }

    @Override
    public void handle(ReportSubmitted submitted) {
        reports.findById(submitted.reportId()).ifPresent(report -> {
            for (Account leader : accounts.leadersOf(submitted.teamId())) {
                if (!leader.leads(submitted.teamId()) || (!report.isConfidential() && report.isReportedBy(leader.id()))) {
                    continue;
                }
                notifications.save(Notification.reportSubmitted(leader.id(), report.number(), report.title(), report.reporterMode().name(),
                        "report/view.xhtml?id=" + report.id(), submitted.occurredAt()));
            }
        });
    }
}
