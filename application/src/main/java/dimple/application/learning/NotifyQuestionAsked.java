package dimple.application.learning;

import dimple.application.shared.OutboxHandler;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.QuestionAsked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * After a leader asks a question about a report, its reporter is told in the app, with a link to where
 * they answer. The reporter is looked up from the report here, so the outbox message never names them.
 */
@ApplicationScoped
public class NotifyQuestionAsked implements OutboxHandler<QuestionAsked> {
    private MistakeReportRepository reports;
    private NotificationRepository notifications;

    protected NotifyQuestionAsked() {
    }

    @Inject
    public NotifyQuestionAsked(MistakeReportRepository reports, NotificationRepository notifications) {
        this.reports = reports;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "learning.notify-question-asked";
    }

    @Override
    public Class<QuestionAsked> event() {
        return QuestionAsked.class;
    }

    @Override
    public void handle(QuestionAsked asked) {
        reports.findById(asked.reportId()).filter(report -> !report.isReportedBy(asked.askedByAccountId()))
                .ifPresent(report -> notifications.save(Notification.questionAsked(report.reporterAccountId(), asked.number(), asked.title(),
                        "report/view.xhtml?id=" + report.id() + "#questions", asked.occurredAt())));
    }
}
