package dimple.infrastructure.identity;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * HTTP Basic for {@code /api/**}: every request carries its credentials (a page session does not count),
 * and a refusal is a 401 with a Basic challenge and an RFC 9457 problem body.
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"Sign in with HTTP Basic authentication.\"}";

    public ApiAuthenticationFilter() {
        setApplicationName("dimple");
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return false;
    }

    @Override
    protected AuthenticationToken createToken(String username, String password, ServletRequest request, ServletResponse response) {
        return new ChannelToken(username, password, "api");
    }

    /** A header that is not valid Base64 is a failed sign-in like any other, not a server error. */
    @Override
    protected String[] getPrincipalsAndCredentials(String authorizationHeader, ServletRequest request) {
        try {
            return super.getPrincipalsAndCredentials(authorizationHeader, request);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        http.setHeader(AUTHENTICATE_HEADER, "Basic realm=\"" + getApplicationName() + "\"");
        http.setContentType("application/problem+json");
        http.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            http.getWriter().write(PROBLEM);
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return false;
    }
}
