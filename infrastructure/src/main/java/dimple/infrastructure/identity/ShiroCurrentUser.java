package dimple.infrastructure.identity;

import dimple.application.shared.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

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

    private static Optional<Subject> subject() {
        try {
            return Optional.of(SecurityUtils.getSubject());
        } catch (UnavailableSecurityManagerException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
