package dimple.web.shared;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code /openapi} (and {@code /openapi/}, through {@link NotFoundFilter}): the OpenAPI 3.1 document of the API
 * (WEB-INF/openapi.yaml), kept beside API.md. YAML as written; JSON, converted once at start-up, when the
 * request's {@code Accept} names {@code application/json} and not YAML. Payara's generated document is switched
 * off, and everything else under {@code /openapi/} is a 404.
 */
@WebServlet(urlPatterns = "/openapi", loadOnStartup = 2)
public class OpenApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String YAML = "application/yaml";
    static final String JSON = "application/json";

    private transient OpenApiDocument document;

    @Override
    public void init() throws ServletException {
        try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/openapi.yaml")) {
            if (in == null) {
                throw new ServletException("WEB-INF/openapi.yaml is missing");
            }
            document = OpenApiDocument.read(in);
        } catch (IOException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean json = wantsJson(request.getHeader("Accept"));
        response.setContentType(json ? JSON : YAML);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Vary", "Accept");
        byte[] body = json ? document.json() : document.yaml();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** JSON only when asked for by name and YAML is not: a browser or {@code *}{@code /*} gets the YAML as written. */
    static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        String types = accept.toLowerCase(Locale.ROOT);
        return types.contains(JSON) && !types.contains("yaml");
    }
}
