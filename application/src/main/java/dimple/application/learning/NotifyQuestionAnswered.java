package dimple.application.learning;

import dimple.application.shared.OutboxHandler;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.QuestionAnswered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * After the reporter answers a question, the leader who asked it is told in the app: the report's number
 * and title, never who the reporter is; for a confidential report the day only, as the answer shows it.
 */
@ApplicationScoped
public class NotifyQuestionAnswered implements OutboxHandler<QuestionAnswered> {
    private MistakeReportRepository reports;
    private NotificationRepository notifications;

    protected NotifyQuestionAnswered() {
    }

    @Inject
    public NotifyQuestionAnswered(MistakeReportRepository reports, NotificationRepository notifications) {
        this.reports = reports;
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "learning.notify-question-answered";
    }

    @Override
    public Class<QuestionAnswered> event() {
        return QuestionAnswered.class;
    }

    @Override
    public void handle(QuestionAnswered answered) {
        reports.findById(answered.reportId()).ifPresent(report -> notifications.save(Notification.questionAnswered(answered.askedByAccountId(),
                answered.number(), answered.title(), report.reporterMode().name(), "report/view.xhtml?id=" + report.id() + "#questions",
                answered.occurredAt())));
    }
}
