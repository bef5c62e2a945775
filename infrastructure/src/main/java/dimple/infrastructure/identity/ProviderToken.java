package dimple.infrastructure.identity;

import org.apache.shiro.authc.AuthenticationToken;

/**
 * A person the OpenID provider vouched for and {@code SingleSignOnService} accepted (docs/adr/0032). Made only
 * by the sign-on callback after every check has passed; it carries no credential, so no request can
 * present one.
 */
public final class ProviderToken implements AuthenticationToken {
    private static final long serialVersionUID = 1L;
    private final String username;

    ProviderToken(String username) {
        this.username = username;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
