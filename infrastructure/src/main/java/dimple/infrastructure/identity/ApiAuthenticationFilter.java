package dimple.infrastructure.identity;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.shiro.authc.AuthenticationException;
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
        return new ChannelToken(username, password, "api", ClientAddress.of(WebUtils.toHttp(request)));
    }

    /** Remembers why a sign-in failed, so a delayed one is answered 429 with Retry-After instead of 401. */
    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request, ServletResponse response) {
        if (e instanceof SignInDelayed delayed) {
            request.setAttribute(DELAYED, delayed.until());
        }
        return false;
    }

    private static final String DELAYED = ApiAuthenticationFilter.class.getName() + ".delayedUntil";

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
        if (request.getAttribute(DELAYED) instanceof Instant until) {
            long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
            http.setStatus(429);
            http.setHeader("Retry-After", Long.toString(seconds));
            http.setContentType("application/problem+json");
            http.setCharacterEncoding(StandardCharsets.UTF_8.name());
            try {
                http.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"Too many failed sign-ins from your address. Try again in " + seconds + " seconds.\"}");
            } catch (IOException e) {
                // the client went away; nothing to tell it
            }
            return false;
        }
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
