package dimple.infrastructure.identity;

import dimple.application.identity.SignInOutcome;
import dimple.application.identity.SignInService;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

/**
 * Shiro's view of Dimple's accounts. Checking the password, throttling and auditing happen in
 * {@link SignInService}; this realm only translates. Permissions are read fresh for every request, so
 * a role change or a disabled account takes effect at once, and once per request: a page checks many
 * permissions (each menu entry, each button), and reading them for each check was a sixth of the time
 * of a lessons board page.
 */
public class DimpleRealm extends AuthorizingRealm {
    public DimpleRealm() {
        setName("dimple");
        // SignInService has checked the password already; Shiro must not compare it again.
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setCachingEnabled(false);
    }

    /**
     * Asks the application whether the username and password are accepted. Anything that goes wrong
     * while asking (a database that does not answer in time, say) refuses the sign-in: it never lets
     * anyone in and never shows a server error instead of the sign-in page.
     */
    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof ProviderToken || super.supports(token);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        if (token instanceof ProviderToken vouched) {
            // The provider vouched and the application accepted the account a moment ago; it must still be enabled.
            String username = (String) vouched.getPrincipal();
            if (permissionsOf(username).isEmpty()) {
                // Counted as a refused single sign-on by ProviderSignInServlet, which asked for this sign-in.
                throw new AuthenticationException("Sign-in refused");
            }
            return new SimpleAuthenticationInfo(username, null, getName());
        }
        UsernamePasswordToken credentials = (UsernamePasswordToken) token;
        String channel = token instanceof ChannelToken channelToken ? channelToken.channel() : "page";
        String password = credentials.getPassword() == null ? null : new String(credentials.getPassword());
        SignInOutcome outcome;
        try {
            outcome = signIns().verify(credentials.getUsername(), password, channel, credentials.getHost());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A sign-in could not be checked and was refused", e);
            SignInFailures.password("unchecked");
            throw new AuthenticationException("Sign-in could not be checked");
        }
        return switch (outcome.kind()) {
            case ACCEPTED -> new SimpleAuthenticationInfo(outcome.username(), credentials.getPassword(), getName());
            case WAIT -> {
                SignInFailures.password("delayed");
                throw new SignInDelayed(outcome.waitUntil());
            }
            case REFUSED -> {
                SignInFailures.password("refused");
                throw new AuthenticationException("Sign-in refused");
            }
        };
    }

    private static final Logger LOG = Logger.getLogger(DimpleRealm.class.getName());

    /**
     * The permissions of the request's subject, read on the first check of the request and kept with the
     * request's thread state, which Shiro's filter discards when the request ends. Kept only for the subject
     * object and principals they were read for, so a sign-in during the request reads them again.
     */
    @Override
    protected AuthorizationInfo getAuthorizationInfo(PrincipalCollection principals) {
        Subject subject = ThreadContext.getSubject();
        if (subject == null || principals == null || principals.isEmpty()) {
            return super.getAuthorizationInfo(principals);
        }
        if (ThreadContext.get(THIS_REQUEST) instanceof ReadThisRequest read && read.subject() == subject
                && read.principals().equals(principals)) {
            return read.info();
        }
        AuthorizationInfo info = super.getAuthorizationInfo(principals);
        ThreadContext.put(THIS_REQUEST, new ReadThisRequest(subject, principals, info));
        return info;
    }

    private static final String THIS_REQUEST = DimpleRealm.class.getName() + ".permissionsThisRequest";

    private record ReadThisRequest(Subject subject, PrincipalCollection principals, AuthorizationInfo info) {
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String username = (String) getAvailablePrincipal(principals);
        Set<String> permissions = permissionsOf(username);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        info.setStringPermissions(permissions);
        return info;
    }

    /** The account's permissions as the application grants them now. */
    Set<String> permissionsOf(String username) {
        return signIns().permissionsOf(username);
    }

    private static SignInService signIns() {
        return CDI.current().select(SignInService.class).get();
    }
}
