package dimple.infrastructure.bootstrap;

import dimple.infrastructure.persistence.Database;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;

/**
 * {@code /health}, {@code /health/live} and {@code /health/ready}, in MicroProfile Health's JSON shape, for a
 * load balancer or an orchestrator; no sign-in, and nothing about the server beyond UP or DOWN. Served by the
 * application itself: with Dimple at the root context, Payara Micro's own health endpoint is not reachable.
 * <ul>
 * <li>Live: always 200 UP while the application is deployed; it touches nothing, so it stays cheap and never
 * fails because the database does (restarting the process would not bring a database back).</li>
 * <li>Ready (and {@code /health}): 200 UP only once the schema is migrated and the first run prepared, and
 * while the database answers (asked at most once a second, waiting at most two); 503 DOWN while starting or
 * migrating, after a failed start, and while the database is unreachable.</li>
 * </ul>
 */
@WebServlet(urlPatterns = {"/health", "/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Startup startup;

    @Inject
    transient Database database;

    private transient Reachability databaseAnswers;

    @Override
    public void init() {
        databaseAnswers = new Reachability(() -> {
            try (Connection connection = database.dataSource().getConnection()) {
                return connection.isValid(2);
            }
        }, Duration.ofSeconds(2), Duration.ofSeconds(1), System::nanoTime);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean live = request.getServletPath().equals("/health/live");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (live) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.getWriter().write("{\"status\":\"UP\",\"checks\":[]}");
            return;
        }
        boolean migrated = startup.isReady();
        boolean reachable = migrated && databaseAnswers.reachable();
        response.setStatus(reachable ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        String status = reachable ? "UP" : "DOWN";
        String data = migrated ? "{\"migrated\":true,\"reachable\":" + reachable + "}" : "{\"migrated\":false}";
        response.getWriter().write("{\"status\":\"" + status + "\",\"checks\":[{\"name\":\"database\",\"status\":\"" + status
                + "\",\"data\":" + data + "}]}");
    }
}
