package dimple.web.learning;

import dimple.application.learning.InboxService;
import dimple.application.shared.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * A person who opens a page their notification leads to has read that notification, however they got
 * there (the notification's "Open", a link in the report list, a bookmark). Runs before a page is drawn,
 * so the header's unread count already leaves it out; only for the pages notifications lead to, and only
 * when a page is requested (not on a form post back to it).
 */
public class NotificationsReadOnOpening implements PhaseListener {
    private static final long serialVersionUID = 1L;
    /** The pages notifications lead to (their links, see the {@code Notify…} handlers); one with an {@code id} names its record. */
    static final Set<String> DESTINATIONS = Set.of("/report/view.xhtml", "/coaching/record.xhtml", "/lesson/view.xhtml", "/action/mine.xhtml");

    @Inject
    InboxService inbox;

    @Inject
    CurrentUser currentUser;

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || context.getViewRoot() == null || !DESTINATIONS.contains(context.getViewRoot().getViewId())) {
            return;
        }
        if (currentUser.username().isPresent() && currentUser.isPermitted("self:use")) {
            inbox.openedPage(page(context.getViewRoot().getViewId(), context.getExternalContext().getRequestParameterMap().get("id")));
        }
    }

    /** The page's address as a notification's link writes it: {@code report/view.xhtml?id=…}. */
    static String page(String viewId, String id) {
        String path = viewId.substring(1);
        return id == null || id.isBlank() ? path : path + "?id=" + id;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
