package dimple.web.identity;

import dimple.application.identity.Authenticator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The sign-in page, and signing out from any page. */
@Named
@RequestScoped
public class SignIn {
    static final String REFUSED = "That did not work. Check your username and password. "
            + "After 5 failed attempts an account is locked for 15 minutes; an administrator can unlock it sooner.";

    @Inject
    Authenticator authenticator;

    private String username;
    private String password;

    public String signIn() {
        FacesContext context = FacesContext.getCurrentInstance();
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!authenticator.signIn(name, password)) {
            password = null;
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
            return null;
        }
        // A new session id at sign-in: a session id seen before sign-in is worth nothing after it.
        ((HttpServletRequest) context.getExternalContext().getRequest()).changeSessionId();
        return "/index?faces-redirect=true";
    }

    public void signOut() throws IOException {
        authenticator.signOut();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
