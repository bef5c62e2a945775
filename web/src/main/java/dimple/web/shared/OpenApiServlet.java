package dimple.web.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /openapi}: the OpenAPI 3.1 document of the API (WEB-INF/openapi.yaml), kept beside API.md.
 * Served by the application. Payara's generated one is switched off, and {@code /openapi/...} is a 404 ({@link NotFoundFilter}).
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/yaml");
        response.setCharacterEncoding("UTF-8");
        try (InputStream document = getServletContext().getResourceAsStream("/WEB-INF/openapi.yaml")) {
            if (document == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            document.transferTo(response.getOutputStream());
        }
    }
}
