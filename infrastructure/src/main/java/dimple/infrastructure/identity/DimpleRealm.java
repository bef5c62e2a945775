package dimple.infrastructure.identity;

import dimple.application.identity.SignInService;
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

/**
 * Shiro's view of Dimple's accounts. Checking the password, throttling and auditing happen in
 * {@link SignInService}; this realm only translates. Permissions are read fresh for every request, so
 * a role change or a disabled account takes effect at once.
 */
public class DimpleRealm extends AuthorizingRealm {
    public DimpleRealm() {
        setName("dimple");
        // SignInService has checked the password already; Shiro must not compare it again.
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        UsernamePasswordToken credentials = (UsernamePasswordToken) token;
        String channel = token instanceof ChannelToken channelToken ? channelToken.channel() : "page";
        String password = credentials.getPassword() == null ? null : new String(credentials.getPassword());
        String username = signIns().verify(credentials.getUsername(), password, channel)
                .orElseThrow(() -> new AuthenticationException("Sign-in refused"));
        return new SimpleAuthenticationInfo(username, credentials.getPassword(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String username = (String) getAvailablePrincipal(principals);
        Set<String> permissions = signIns().permissionsOf(username);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        info.setStringPermissions(permissions);
        return info;
    }

    private static SignInService signIns() {
        return CDI.current().select(SignInService.class).get();
    }
}
