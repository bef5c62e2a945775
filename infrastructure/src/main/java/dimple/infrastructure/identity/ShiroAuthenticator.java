package dimple.infrastructure.identity;

import dimple.application.identity.Authenticator;
import dimple.application.identity.SessionService;
import dimple.application.identity.SignInOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

    @Inject
    SessionService sessions;

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
        // A new session id at sign-in: an id seen before sign-in is worth nothing after it.
        request.changeSessionId();
        String secret = sessions.start(Devices.describe(userAgent(request)));
        request.setAttribute(SECRET, secret);
        SessionCookie.write(request, response, secret);
        return SignInOutcome.accepted((String) subject.getPrincipal());
    }

    @Override
    public void signOut() {
        Subject subject = SecurityUtils.getSubject();
        HttpServletRequest request = WebUtils.getHttpRequest(subject);
        HttpServletResponse response = WebUtils.getHttpResponse(subject);
        if (subject.isAuthenticated()) {
            sessions.end(SessionCookie.read(request).orElse(null));
        }
        subject.logout();
        SessionCookie.clear(request, response);
    }

    private static String userAgent(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent == null ? null : agent.substring(0, Math.min(agent.length(), MAX_DEVICE_HINT));
    }
}
