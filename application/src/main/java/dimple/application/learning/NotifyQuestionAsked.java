package dimple.application.learning;

import dimple.application.shared.MailKind;
import dimple.application.shared.Mailbox;
import dimple.application.shared.OutboxHandler;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.QuestionAsked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * After a leader asks a question about a report, its reporter is told in the app, with a link to where
 * they answer. The reporter is looked up from the report here, so the outbox message never names them.
 * The mail tells the receipt number and the link only, for a named report as for a confidential one: a
 * mailbox may be read by others, and the mail must not say more than "there is a question".
 */
@ApplicationScoped
public class NotifyQuestionAsked implements OutboxHandler<QuestionAsked> {
    private MistakeReportRepository reports;
    private NotificationRepository notifications;
    private Mailbox mailbox;

    protected NotifyQuestionAsked() {
    }

    @Inject
    public NotifyQuestionAsked(MistakeReportRepository reports, NotificationRepository notifications, Mailbox mailbox) {
        this.reports = reports;
        this.notifications = notifications;
        this.mailbox = mailbox;
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
                // an anonymous reporter is nobody to tell: they find the question with their receipt code
                .filter(report -> report.reporterAccountId() != null)
                .ifPresent(report -> {
                    String link = "report/view.xhtml?id=" + report.id() + "#questions";
                    notifications.save(Notification.questionAsked(report.reporterAccountId(), asked.number(), asked.title(), link, asked.occurredAt()));
                    mailbox.queue(report.reporterAccountId(), MailKind.QUESTION_ASKED, List.of(asked.number()), link, asked.occurredAt());
                });
    }
}
