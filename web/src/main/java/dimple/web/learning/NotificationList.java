package dimple.web.learning;

import dimple.application.learning.InboxService;
import dimple.application.learning.NotificationView;
import dimple.web.shared.Messages;
import dimple.web.shared.PagedTable;
import dimple.web.shared.Words;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** The notifications page: what the signed-in person was told in the app, newest first. */
@Named
@ViewScoped
public class NotificationList implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (notifications.xhtml). */
    static final int ROWS = 20;

    @Inject
    InboxService inbox;

    private PagedTable<NotificationView> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> inbox.inbox(page, size));
    }

    public String markAllRead() {
        inbox.markAllRead();
        Messages.done(Words.text(Words.current(), "notifications.allRead"));
        return "/notifications?faces-redirect=true";
    }

    /** Opens a notification: it is marked read, and the page it points at is shown (this list again when it points nowhere). */
    public String open(String id) throws IOException {
        NotificationView opened = inbox.open(id);
        if (opened.link() == null) {
            return "/notifications?faces-redirect=true";
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/" + opened.link());
        return null;
    }

    /** What the person reads, in the page's language. */
    public String text(NotificationView notification) {
        return ShownNotification.text(notification, Words.current());
    }

    public PagedTable<NotificationView> getList() {
        return list;
    }
}
