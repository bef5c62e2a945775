package dimple.infrastructure.identity;

import dimple.application.shared.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.subject.WebSubject;

/** The current user from the Shiro subject bound to this request's thread; anonymous outside requests. */
@ApplicationScoped
public class ShiroCurrentUser implements CurrentUser {
    @Override
    public Optional<String> username() {
        return subject().filter(Subject::isAuthenticated).map(s -> (String) s.getPrincipal());
    }

    @Override
    public boolean isPermitted(String permission) {
        return subject().filter(Subject::isAuthenticated).map(s -> s.isPermitted(permission)).orElse(false);
    }

    @Override
    public String clientAddress() {
        return request().map(ClientAddress::of).orElse("unknown");
    }

    /** Only what the session guard found live on this page request: an API call never has one. */
    @Override
    public Optional<String> sessionSecret() {
        return request().map(r -> r.getAttribute(ShiroAuthenticator.SECRET)).filter(String.class::isInstance).map(String.class::cast);
    }

    /** The HTTP request of the Shiro subject bound to this thread; empty outside requests. */
    static Optional<HttpServletRequest> request() {
        return subject().filter(WebSubject.class::isInstance).map(s -> ((WebSubject) s).getServletRequest())
                .filter(HttpServletRequest.class::isInstance).map(r -> (HttpServletRequest) r);
    }

    private static Optional<Subject> subject() {
        try {
            return Optional.of(SecurityUtils.getSubject());
        } catch (UnavailableSecurityManagerException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
