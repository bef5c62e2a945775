package dimple.infrastructure.identity;

import dimple.application.identity.SessionService;
import dimple.domain.identity.Permission;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.AccessControlFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * After the container's session says who is signed in, the page request must also carry the secret of
 * one of that person's live Dimple sessions (docs/adr/0013). Without it (ended elsewhere, idle, past
 * its lifetime, or a container session id that was guessed or carried over) the request is signed out
 * and sent to the sign-in page. A person holding a one-time password is sent to the password page,
 * the only page it opens.
 */
public class SessionGuard extends AccessControlFilter {
    private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        if (!subject.isAuthenticated()) {
            return true;
        }
        String secret = SessionCookie.read(WebUtils.toHttp(request)).orElse(null);
        if (secret == null || !stillSignedIn(secret)) {
            return false;
        }
        request.setAttribute(ShiroAuthenticator.SECRET, secret);
        return true;
    }

    private static boolean stillSignedIn(String secret) {
        try {
            return CDI.current().select(SessionService.class).get().stillSignedIn(secret);
        } catch (RuntimeException e) {
            // A disabled account holds no permission at all, so the check itself is refused: signed out.
            LOG.log(Level.FINE, "A page session could not be confirmed", e);
            return false;
        }
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = WebUtils.toHttp(request);
        getSubject(request, response).logout();
        HttpSession session = http.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // nothing left to end
            }
        }
        SessionCookie.clear(http, WebUtils.toHttp(response));
        redirect(http, WebUtils.toHttp(response), "/login.xhtml?ended=true" + returnTo(http, "&"));
        return false;
    }

    /** Sends a person who holds a one-time password to the password page, from every other page. */
    @Override
    protected boolean preHandle(ServletRequest request, ServletResponse response) throws Exception {
        boolean allowed = super.preHandle(request, response);
        if (!allowed) {
            return false;
        }
        Subject subject = getSubject(request, response);
        if (subject.isAuthenticated() && !subject.isPermitted(Permission.SELF_USE) && subject.isPermitted(Permission.ACCOUNT_OWN)
                && !PASSWORD_PAGE.equals(getPathWithinApplication(request))) {
            redirect(WebUtils.toHttp(request), WebUtils.toHttp(response), PASSWORD_PAGE);
            return false;
        }
        return true;
    }

    /**
     * The {@code next} parameter that brings the person back to this page after signing in (the sign-in
     * page checks it, ADR 23): the page itself for a GET; for a form sent or an Ajax request, the page it
     * was sent from (the Referer, when it is a page of this application); nothing otherwise.
     */
    static String returnTo(HttpServletRequest request, String separator) {
        String page;
        if ("GET".equals(request.getMethod()) && !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            String query = request.getQueryString();
            page = request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
        } else {
            page = pageOf(request.getHeader("Referer"), request);
        }
        String path = page == null ? "" : page.split("\\?", 2)[0];
        if (!path.endsWith(".xhtml") || path.equals("/index.xhtml") || path.equals("/login.xhtml")) {
            return "";
        }
        return separator + "next=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }

    /** The path and query (within this application) that the Referer names, or null. */
    private static String pageOf(String referer, HttpServletRequest request) {
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            String context = request.getContextPath();
            // Only its path is used, and the sign-in page follows only paths to pages of this application.
            if (from.getRawPath() == null || !from.getRawPath().startsWith(context + "/")) {
                return null;
            }
            String query = from.getRawQuery();
            return from.getRawPath().substring(context.length()) + (query == null ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A redirect, or for a Faces Ajax request the partial response that makes the browser follow it. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String target = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }
}
