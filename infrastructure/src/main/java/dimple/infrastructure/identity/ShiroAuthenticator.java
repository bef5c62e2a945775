package dimple.infrastructure.identity;

import dimple.application.identity.Authenticator;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;

/** Signs the page session in and out through Shiro. */
@ApplicationScoped
public class ShiroAuthenticator implements Authenticator {
    @Override
    public boolean signIn(String username, String password) {
        try {
            SecurityUtils.getSubject().login(new ChannelToken(username, password, "page"));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    @Override
    public void signOut() {
        SecurityUtils.getSubject().logout();
    }
}
