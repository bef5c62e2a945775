package dimple.application.learning;

import dimple.application.shared.MailKind;
import dimple.application.shared.Mailbox;
import dimple.application.shared.OutboxHandler;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.review.ActionItemPlanned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** After an action item is planned, its owner is told in the app and by mail, unless they planned it themselves. */
@ApplicationScoped
public class NotifyActionAssigned implements OutboxHandler<ActionItemPlanned> {
    private NotificationRepository notifications;
    private Mailbox mailbox;

    protected NotifyActionAssigned() {
    }

    @Inject
    public NotifyActionAssigned(NotificationRepository notifications, Mailbox mailbox) {
        this.notifications = notifications;
        this.mailbox = mailbox;
    }

    @Override
    public String name() {
        return "learning.notify-action-assigned";
    }

    @Override
    public Class<ActionItemPlanned> event() {
        return ActionItemPlanned.class;
    }

    @Override
    public void handle(ActionItemPlanned planned) {
        if (planned.ownerAccountId().equals(planned.plannedByAccountId())) {
            return;
        }
        notifications.save(Notification.actionAssigned(planned.ownerAccountId(), planned.title(), String.valueOf(planned.dueDate()),
                "action/mine.xhtml", planned.occurredAt()));
        mailbox.queue(planned.ownerAccountId(), MailKind.ACTION_ASSIGNED, List.of(planned.title(), String.valueOf(planned.dueDate())),
                "action/mine.xhtml", planned.occurredAt());
    }
}
