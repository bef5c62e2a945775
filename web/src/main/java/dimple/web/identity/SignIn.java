package dimple.web.identity;

import dimple.application.identity.Authenticator;
import dimple.application.identity.SignInOutcome;
import dimple.web.shared.Words;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The sign-in page, and signing out from any page. */
@Named
@RequestScoped
public class SignIn {
    static final String REFUSED = "That did not work. Check your username and password.";

    @Inject
    Authenticator authenticator;

    private String username;
    private String password;
    /** The page to go back to, within this application (ADR 23). */
    private String next;

    public String signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        SignInOutcome outcome = authenticator.signIn(name, password);
        if (!outcome.accepted()) {
            password = null;
            String message = outcome.kind() == SignInOutcome.Kind.WAIT ? waitMessage(outcome.waitUntil()) : REFUSED;
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            return null;
        }
        Optional<String> back = ReturnPath.of(next);
        if (back.isPresent()) {
            ExternalContext external = context.getExternalContext();
            external.redirect(external.getRequestContextPath() + back.get());
            return null;
        }
        return "/index?faces-redirect=true";
    }

    static String waitMessage(Instant until) {
        long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
        return waitMessage(seconds, Words.current());
    }

    /** The wait in words: seconds below two minutes, whole minutes (rounded up) from then on. */
    static String waitMessage(long seconds, Locale locale) {
        String wait = seconds < 120 ? Words.text(locale, seconds == 1 ? "signIn.wait.seconds.one" : "signIn.wait.seconds.other", seconds)
                : Words.text(locale, "signIn.wait.minutes.other", (seconds + 59) / 60);
        return Words.text(locale, "signIn.wait", wait);
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
