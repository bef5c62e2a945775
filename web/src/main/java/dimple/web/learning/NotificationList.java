package dimple.web.learning;

import dimple.application.learning.InboxService;
import dimple.application.learning.NotificationView;
import dimple.web.shared.Messages;
import dimple.web.shared.PagedList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The notifications page: what the signed-in person was told in the app, newest first. */
@Named
@ViewScoped
public class NotificationList implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    InboxService inbox;

    private PagedList<NotificationView> list;

    @PostConstruct
    void init() {
        list = new PagedList<>((page, size) -> inbox.inbox(page, size));
    }

    public String markAllRead() {
        inbox.markAllRead();
        Messages.done("All marked as read.");
        return "/notifications?faces-redirect=true";
    }

    public PagedList<NotificationView> getList() {
        return list;
    }
}
