package dimple.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Confirmation messages that survive a redirect (flash scope). */
public final class Messages {
    private Messages() {
    }

    public static void done(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
