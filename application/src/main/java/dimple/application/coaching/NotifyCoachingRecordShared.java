package dimple.application.coaching;

import dimple.application.shared.MailKind;
import dimple.application.shared.Mailbox;
import dimple.application.shared.OutboxHandler;
import dimple.domain.coaching.CoachingRecordShared;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationKind;
import dimple.domain.learning.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * After a coaching record is shared, the employee it is about is told in the app that it waits for their
 * acknowledgement, in the app and by mail. It lives in the lane (the learning side may not know coaching, ADR 10) and tells no fact
 * of the record: only that there is one, and a link to it; the record's page decides who may read it.
 */
@ApplicationScoped
public class NotifyCoachingRecordShared implements OutboxHandler<CoachingRecordShared> {
    private NotificationRepository notifications;
    private Mailbox mailbox;

    protected NotifyCoachingRecordShared() {
    }

    @Inject
    public NotifyCoachingRecordShared(NotificationRepository notifications, Mailbox mailbox) {
        this.notifications = notifications;
        this.mailbox = mailbox;
    }

    @Override
    public String name() {
        return "coaching.notify-record-shared";
    }

    @Override
    public Class<CoachingRecordShared> event() {
        return CoachingRecordShared.class;
    }

    @Override
    public void handle(CoachingRecordShared event) {
        String link = "coaching/record.xhtml?id=" + event.recordId();
        notifications.save(Notification.about(event.employeeAccountId(), NotificationKind.COACHING_RECORD_SHARED, link, event.occurredAt()));
        mailbox.queue(event.employeeAccountId(), MailKind.COACHING_RECORD_SHARED, List.of(), link, event.occurredAt());
    }
}
