package dimple.infrastructure.bootstrap;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /health}, {@code /health/live} and {@code /health/ready}, in MicroProfile Health's JSON shape.
 * Served by the application itself: with Dimple at the root context, Payara Micro's own health
 * endpoint is not reachable. Ready (200 UP) only once the schema is migrated and the first run is
 * prepared; 503 DOWN before that or if start-up failed. Tells nothing else about the server.
 */
@WebServlet(urlPatterns = {"/health", "/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Startup startup;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean live = request.getServletPath().equals("/health/live");
        boolean up = live || startup.isReady();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String status = up ? "UP" : "DOWN";
        String check = live ? "" : "{\"name\":\"database\",\"status\":\"" + status + "\",\"data\":{\"migrated\":" + startup.isReady() + "}}";
        response.getWriter().write("{\"status\":\"" + status + "\",\"checks\":[" + check + "]}");
    }
}
