package dimple.infrastructure.identity;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.PassThruAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Sends anyone not signed in to the sign-in page. The page's own bean signs people in. An Ajax request
 * of an expired session gets a Faces partial-response redirect, so the browser goes to the sign-in
 * page instead of showing nothing. The page the person was on is named in the sign-in page's {@code next},
 * so that signing in leads back to it (ADR 23).
 */
public class PageAuthenticationFilter extends PassThruAuthenticationFilter {
    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = WebUtils.toHttp(request);
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            SessionGuard.redirect(http, WebUtils.toHttp(response), getLoginUrl() + SessionGuard.returnTo(http, "?"));
            return;
        }
        String next = SessionGuard.returnTo(http, "?");
        if (next.isEmpty()) {
            super.redirectToLogin(request, response);
        } else {
            WebUtils.issueRedirect(request, response, getLoginUrl() + next);
        }
    }
}
