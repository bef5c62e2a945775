package dimple.web.learning;

import dimple.application.learning.InboxService;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** How many of the signed-in person's notifications are unread, for the badge beside "Notifications" in the header. */
@Named
@RequestScoped
public class InboxBadge {
    @Inject
    CurrentUser currentUser;

    @Inject
    InboxService inbox;

    private long unread;

    @PostConstruct
    void load() {
        if (currentUser.username().isPresent() && currentUser.isPermitted("self:use")) {
            unread = inbox.unread();
        }
    }

    public long getUnread() {
        return unread;
    }
}
