package dimple.application.learning;

import dimple.application.identity.CurrentActor;
import dimple.application.shared.PageView;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.Paging;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Permission;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationRepository;
import dimple.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The caller's inbox: what they are told in the app, such as the outcome of the triage of their
 * reports. Everybody reads their own notifications and nobody else's.
 */
@ApplicationScoped
@Transactional
public class InboxService {
    private NotificationRepository notifications;
    private CurrentActor actor;
    private Clock clock;

    protected InboxService() {
    }

    @Inject
    public InboxService(NotificationRepository notifications, CurrentActor actor, Clock clock) {
        this.notifications = notifications;
        this.actor = actor;
        this.clock = clock;
    }

    /** The caller's notifications, newest first. */
    @RequiresPermissions(Permission.SELF_USE)
    public PageView<NotificationView> inbox(Integer page, Integer size) {
        return Paging.view(notifications.forRecipient(myId(), Paging.request(page, size)), InboxService::view);
    }

    /** How many of the caller's notifications are unread. */
    @RequiresPermissions(Permission.SELF_USE)
    public long unread() {
        return notifications.countUnread(myId());
    }

    /** Marks all of the caller's notifications as read. */
    @RequiresPermissions(Permission.SELF_USE)
    public void markAllRead() {
        Instant now = clock.instant();
        for (Notification n : notifications.unreadFor(myId())) {
            n.markRead(now);
            notifications.save(n);
        }
    }

    /**
     * The caller opens one of their notifications: it is marked read, and its view (with the page to go to)
     * returned. Somebody else's, or an unknown id, does not exist for the caller (404).
     */
    @RequiresPermissions(Permission.SELF_USE)
    public NotificationView open(String id) {
        Notification notification = Optional.ofNullable(id).filter(Ids::looksLikeId).flatMap(i -> notifications.findForRecipient(i, myId()))
                .orElseThrow(() -> new RecordNotFound("notification"));
        notification.markRead(clock.instant());
        notifications.save(notification);
        return view(notification);
    }

    /**
     * The caller opened a page (its address relative to the application, e.g. {@code report/view.xhtml?id=…}):
     * their unread notifications that lead there are read now, however the person got there. Reads only
     * when none do.
     */
    @RequiresPermissions(Permission.SELF_USE)
    public void openedPage(String page) {
        if (page == null || page.isBlank() || page.length() > Notification.MAX_LINK) {
            return;
        }
        Instant now = clock.instant();
        for (Notification notification : notifications.unreadLeadingTo(myId(), page)) {
            notification.markRead(now);
            notifications.save(notification);
        }
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id(), n.kind().name(), n.message(), n.link(), n.createdAt(), n.readAt(), n.dayOnly());
    }

    private String myId() {
        return actor.require().accountId();
    }
}
