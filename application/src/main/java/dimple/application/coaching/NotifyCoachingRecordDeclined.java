package dimple.application.coaching;

import dimple.application.shared.OutboxHandler;
import dimple.domain.coaching.CoachingRecordDeclined;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationKind;
import dimple.domain.learning.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * After the employee declines a coaching record, its coach is told in the app (the comment stays on the
 * record). It lives in the lane (the learning side may not know coaching, ADR 10) and tells no fact of the
 * record: only that there is one, and a link to it; the record's page decides who may read it.
 */
@ApplicationScoped
public class NotifyCoachingRecordDeclined implements OutboxHandler<CoachingRecordDeclined> {
    private NotificationRepository notifications;

    protected NotifyCoachingRecordDeclined() {
    }

    @Inject
    public NotifyCoachingRecordDeclined(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "coaching.notify-record-declined";
    }

    @Override
    public Class<CoachingRecordDeclined> event() {
        return CoachingRecordDeclined.class;
    }

    @Override
    public void handle(CoachingRecordDeclined event) {
        notifications.save(Notification.about(event.coachAccountId(), NotificationKind.COACHING_RECORD_DECLINED, "coaching/record.xhtml?id=" + event.recordId(),
                event.occurredAt()));
    }
}
