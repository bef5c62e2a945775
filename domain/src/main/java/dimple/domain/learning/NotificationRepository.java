package dimple.domain.learning;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.List;

/** Where notifications are kept. Every query is by recipient: nobody reads another person's notifications. */
public interface NotificationRepository {
    void save(Notification notification);

    /** The recipient's notifications, newest first. */
    Page<Notification> forRecipient(String accountId, PageRequest page);

    List<Notification> unreadFor(String accountId);

    /** One of the recipient's notifications; empty when there is none with the id, or it is somebody else's. */
    java.util.Optional<Notification> findForRecipient(String id, String accountId);

    long countUnread(String accountId);

    /**
     * The recipient's unread notifications that lead to this page: their link is {@code page} itself or
     * {@code page} with a fragment ({@code page#questions}).
     */
    List<Notification> unreadLeadingTo(String accountId, String page);
}
