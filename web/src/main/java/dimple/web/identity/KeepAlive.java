package dimple.web.identity;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a page session alive while someone types (drafts.js, ADR 23). The sign-in filters run first:
 * a live session is seen (the container's and Dimple's own idle clocks start again) and answered with
 * 204; an ended one is sent to the sign-in page, which tells the page that typing goes on without it.
 */
@WebServlet(urlPatterns = "/session/keepalive")
public class KeepAlive extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        request.getSession(false);
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
