package dimple.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Confirmation messages that survive a redirect (flash scope). */
public final class Messages {

    private Messages() {
    }

    /** A warning that survives a redirect: nothing was refused, but the person should know. */
    public static void note(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    /**
     * Something was saved. The page that shows the message is how drafts.js knows that the form just
     * sent was saved, and drops its draft (ADR 23).
     */
    public static void done(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
