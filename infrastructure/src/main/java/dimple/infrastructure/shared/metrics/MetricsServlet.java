package dimple.infrastructure.shared.metrics;

import dimple.infrastructure.persistence.Database;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code /metrics}: every meter in Prometheus' text format (version 0.0.4), for the operator's token only
 * ({@link OperatorToken}, docs/adr/0036). Without a configured token the endpoint does not exist (404); a scrape
 * without the token or with a wrong one gets 401. Either refusal has no body, and neither creates a session.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MetricsServlet.class.getName());

    @Inject
    transient Database database;

    private transient Optional<OperatorToken> token = Optional.empty();

    @Override
    public void init() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("dimple.metrics.token", String.class);
        token = configured.flatMap(OperatorToken::of);
        if (token.isPresent()) {
            QueueDepths.bindTo(Meters.registry(), () -> database.dataSource().getConnection());
            LOG.info("Metrics: /metrics answers scrapes that carry DIMPLE_METRICS_TOKEN.");
        } else if (configured.isPresent()) {
            LOG.warning(() -> "Metrics: DIMPLE_METRICS_TOKEN is shorter than " + OperatorToken.SHORTEST + " characters; /metrics stays off.");
        } else {
            LOG.info("Metrics: /metrics is off (DIMPLE_METRICS_TOKEN is not set).");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        int refusal = refusal(token, request.getHeader("Authorization"));
        if (refusal != 0) {
            if (refusal == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            }
            // setStatus, not sendError: the container's error page would give a refusal a body.
            response.setStatus(refusal);
            response.setContentLength(0);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CONTENT_TYPE);
        try (OutputStream out = response.getOutputStream()) {
            Meters.prometheus().scrape(out);
        }
    }

    @Override
    public void destroy() {
        Meters.close();
    }

    /** 404 while no token is configured, 401 for a missing or wrong one, 0 for the operator's. */
    static int refusal(Optional<OperatorToken> token, String authorization) {
        if (token.isEmpty()) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        return token.get().admits(authorization) ? 0 : HttpServletResponse.SC_UNAUTHORIZED;
    }
}
