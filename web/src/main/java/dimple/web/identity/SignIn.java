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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.primefaces.context.PrimeFacesContext;

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
        Optional<String> provider = authenticator.signOut();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        // A person who came through the organisation's provider is signed out there too (docs/adr/0032).
        external.redirect(provider.orElse(external.getRequestContextPath() + "/login.xhtml?signedOut=true"));
    }

    /**
     * The messages tied to no field (a refused sign-in). The sign-in page shows them itself: it loads none of
     * PrimeFaces' components or scripts (ADR 38).
     */
    public List<FacesMessage> getPageMessages() {
        return FacesContext.getCurrentInstance().getMessageList(null);
    }

    /**
     * This page's script nonce, for the form to send back: PrimeFaces checks it on every postback (ADR 16) and
     * its script, which would otherwise add it to the form, is not loaded on the sign-in page nor on the report form
     * (ADR 38), which both send it in a hidden field.
     */
    public String getFormNonce() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    /** Whether the sign-in page offers the organisation's provider: only when an issuer is set. */
    public boolean isProviderOffered() {
        return ConfigProvider.getConfig().getOptionalValue("dimple.oidc.issuer", String.class).filter(v -> !v.isBlank()).isPresent();
    }

    /** The start of single sign-on, bringing the person back to {@code next} afterwards. */
    public String getProviderStart() {
        String start = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/sso/start";
        return ReturnPath.of(next).map(path -> start + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8)).orElse(start);
    }

    /** Why a single sign-on did not finish, in words, from the sign-in page's {@code sso} parameter; null for none. */
    public String getProviderFailure() {
        String reason = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("sso");
        if (reason == null || !PROVIDER_FAILURES.contains(reason)) {
            return null;
        }
        return Words.text(Words.current(), "sso.failed." + reason);
    }

    private static final java.util.Set<String> PROVIDER_FAILURES = java.util.Set.of("state", "cancelled", "invalid", "unavailable", "refused", "roles");

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
