package dimple.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;

/** Confirmation messages that survive a redirect (flash scope). */
public final class Messages {
    /** The flash attribute the layout reads into {@code data-saved}. */
    static final String SAVED = "dimple.saved";

    private Messages() {
    }

    /** A warning that survives a redirect: nothing was refused, but the person should know. */
    public static void note(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    /**
     * Something was saved. Besides the message, the page that shows it says so to drafts.js, which then
     * drops the draft of the form that was sent (ADR 23).
     */
    public static void done(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        Flash flash = context.getExternalContext().getFlash();
        flash.setKeepMessages(true);
        flash.put(SAVED, "true");
        flash.putNow(SAVED, "true");
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
