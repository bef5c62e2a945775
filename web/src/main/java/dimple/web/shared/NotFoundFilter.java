package dimple.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The 404 page for addresses the server answers that Dimple does not publish. Mapped in web.xml to
 * {@code /openapi/*}: Payara's own MicroProfile OpenAPI servlet sits there, inside this application, and
 * would list every deployed resource ("Deployed Resources"); switched off (post-boot-commands.asadmin) it
 * still answers 403. Dimple's own document ({@link OpenApiServlet}) passes through at {@code /openapi} and is
 * forwarded to from {@code /openapi/}, so both addresses give the same document.
 */
public class NotFoundFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getServletPath().equals("/openapi")) {
            if (request.getPathInfo() == null) {
                chain.doFilter(request, response);
                return;
            }
            if (request.getPathInfo().equals("/")) {
                request.getRequestDispatcher("/openapi").forward(request, response);
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
