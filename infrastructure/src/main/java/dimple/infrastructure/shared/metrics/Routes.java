package dimple.infrastructure.shared.metrics;

import java.util.Set;

/**
 * The route a request is counted under: never the raw path (it may carry an id, and a scanner's made-up paths
 * would make a series each), but the API's route template ({@code /api/reports/{id}}, told by the API itself), a
 * page or endpoint the application really has ({@code /report/view.xhtml}, {@code /health/ready}), or one of a few
 * fixed folds. So the number of routes is bounded by the application, whatever is asked of it.
 */
public final class Routes {
    static final String FACES_RESOURCES = "/jakarta.faces.resource/*";
    static final String STATIC_RESOURCES = "/resources/*";
    static final String API_UNMATCHED = "/api/*";
    static final String OTHER = "other";

    private final Set<String> known;

    /** @param known the paths the application serves as they are: its pages and its servlets' exact mappings */
    public Routes(Set<String> known) {
        this.known = Set.copyOf(known);
    }

    /**
     * @param servletPath the request's servlet path
     * @param template    the API's route template when the API matched the request, else {@code null}
     */
    public String of(String servletPath, Object template) {
        if (template instanceof String apiRoute) {
            return apiRoute;
        }
        if (servletPath == null || servletPath.isEmpty() || servletPath.equals("/")) {
            return "/";
        }
        if (known.contains(servletPath)) {
            return servletPath;
        }
        if (servletPath.startsWith("/jakarta.faces.resource/")) {
            return FACES_RESOURCES;
        }
        if (servletPath.startsWith("/resources/")) {
            return STATIC_RESOURCES;
        }
        if (servletPath.equals("/api") || servletPath.startsWith("/api/")) {
            return API_UNMATCHED;
        }
        return OTHER;
    }

    /** The method as a label: the ones HTTP defines for an application like this, everything else one word. */
    static String method(String method) {
        return switch (method == null ? "" : method) {
            case "GET" -> "GET";
            case "HEAD" -> "HEAD";
            case "POST" -> "POST";
            case "PUT" -> "PUT";
            case "PATCH" -> "PATCH";
            case "DELETE" -> "DELETE";
            case "OPTIONS" -> "OPTIONS";
            default -> OTHER;
        };
    }

    /** The status as its class: {@code 2xx}, {@code 4xx}, ... */
    static String statusClass(int status) {
        return switch (status / 100) {
            case 1 -> "1xx";
            case 2 -> "2xx";
            case 3 -> "3xx";
            case 4 -> "4xx";
            case 5 -> "5xx";
            default -> OTHER;
        };
    }
}
