package dimple.infrastructure.identity;

import dimple.application.identity.Authenticator;
import dimple.application.identity.SessionService;
import dimple.application.identity.SignInOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.WebUtils;

/**
 * Signs the page session in and out through Shiro, and keeps Dimple's own session record beside the
 * container's (docs/adr/0013): a new container session id at sign-in, a new 256-bit secret in its own
 * cookie, and at sign-out both gone.
 */
@ApplicationScoped
public class ShiroAuthenticator implements Authenticator {
    /** The request attribute where the session guard leaves the secret of a live page session. */
    public static final String SECRET = ShiroAuthenticator.class.getName() + ".secret";
    private static final int MAX_DEVICE_HINT = 400;

    /** The container session's attribute that holds the ID token of a single sign-on, for the provider's sign-out. */
    static final String ID_TOKEN = ShiroAuthenticator.class.getName() + ".idToken";

    @Inject
    SessionService sessions;

    @Inject
    OpenIdProvider provider;

    @Override
    public SignInOutcome signIn(String username, String password) {
        Subject subject = SecurityUtils.getSubject();
        HttpServletRequest request = WebUtils.getHttpRequest(subject);
        HttpServletResponse response = WebUtils.getHttpResponse(subject);
        try {
            subject.login(new ChannelToken(username, password, "page", ClientAddress.of(request)));
        } catch (SignInDelayed delayed) {
            return SignInOutcome.waitUntil(delayed.until());
        } catch (AuthenticationException e) {
            return SignInOutcome.refused();
        }
        startSession(request, response);
        return SignInOutcome.accepted((String) subject.getPrincipal());
    }

    /**
     * Signs in a person the OpenID provider vouched for and the application accepted (docs/adr/0032), with the
     * same new session id and new session secret as a password sign-in. The ID token is kept in the container's
     * session (which survives a move between instances, ADR 19) only to name it at sign-out.
     */
    void signInVouched(String username, String idToken, HttpServletRequest request, HttpServletResponse response) {
        Subject subject = SecurityUtils.getSubject();
        subject.login(new ProviderToken(username));
        startSession(request, response);
        request.getSession().setAttribute(ID_TOKEN, idToken);
    }

    private void startSession(HttpServletRequest request, HttpServletResponse response) {
        // A new session id at sign-in: an id seen before sign-in is worth nothing after it.
        request.changeSessionId();
        String secret = sessions.start(Devices.describe(userAgent(request)));
        request.setAttribute(SECRET, secret);
        SessionCookie.write(request, response, secret);
    }

    @Override
    public Optional<String> signOut() {
        Subject subject = SecurityUtils.getSubject();
        HttpServletRequest request = WebUtils.getHttpRequest(subject);
        HttpServletResponse response = WebUtils.getHttpResponse(subject);
        HttpSession session = request.getSession(false);
        Object idToken = session == null ? null : session.getAttribute(ID_TOKEN);
        if (subject.isAuthenticated()) {
            sessions.end(SessionCookie.read(request).orElse(null));
        }
        subject.logout();
        SessionCookie.clear(request, response);
        if (!(idToken instanceof String token) || !provider.configured()) {
            return Optional.empty();
        }
        return provider.logout(token, URI.create(ProviderSignInServlet.base(request) + "/login.xhtml?signedOut=true"))
                .map(endSession -> ProviderSignInServlet.leaving(request, endSession));
    }

    private static String userAgent(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent == null ? null : agent.substring(0, Math.min(agent.length(), MAX_DEVICE_HINT));
    }
}
