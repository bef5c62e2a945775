package dimple.application.coaching;

import dimple.application.shared.OutboxHandler;
import dimple.domain.coaching.CoachingRecordAcknowledged;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationKind;
import dimple.domain.learning.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * After the employee acknowledges a coaching record, its coach is told in the app. It lives in the lane
 * (the learning side may not know coaching, ADR 10) and tells no fact of the record: only that there is
 * one, and a link to it; the record's page decides who may read it.
 */
@ApplicationScoped
public class NotifyCoachingRecordAcknowledged implements OutboxHandler<CoachingRecordAcknowledged> {
    private NotificationRepository notifications;

    protected NotifyCoachingRecordAcknowledged() {
    }

    @Inject
    public NotifyCoachingRecordAcknowledged(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public String name() {
        return "coaching.notify-record-acknowledged";
    }

    @Override
    public Class<CoachingRecordAcknowledged> event() {
        return CoachingRecordAcknowledged.class;
    }

    @Override
    public void handle(CoachingRecordAcknowledged event) {
        notifications.save(Notification.about(event.coachAccountId(), NotificationKind.COACHING_RECORD_ACKNOWLEDGED, "coaching/record.xhtml?id=" + event.recordId(),
                event.occurredAt()));
    }
}
