package dimple.infrastructure.identity;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.shiro.web.filter.authc.PassThruAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Sends anyone not signed in to the sign-in page. The page's own bean signs people in. An Ajax request
 * of an expired session gets a Faces partial-response redirect, so the browser goes to the sign-in
 * page instead of showing nothing.
 */
public class PageAuthenticationFilter extends PassThruAuthenticationFilter {
    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = WebUtils.toHttp(request);
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            HttpServletResponse out = WebUtils.toHttp(response);
            out.setContentType("text/xml");
            out.setCharacterEncoding(StandardCharsets.UTF_8.name());
            out.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + http.getContextPath() + getLoginUrl() + "\"/></partial-response>");
            return;
        }
        super.redirectToLogin(request, response);
    }
}
