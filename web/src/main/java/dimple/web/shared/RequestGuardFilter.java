package dimple.web.shared;

import dimple.domain.shared.Message;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, before anything else reads them, the requests the application must never act on; runs after
 * {@link SecurityHeadersFilter}, so every refusal carries the security headers. Pages get the friendly error
 * page of the status, the API problem+json.
 * <ul>
 * <li>a {@code ;} parameter in the path, such as {@code ;jsessionid=}: session ids come from the cookie only (400);</li>
 * <li>pages (and anything else outside {@code /api}) asked with anything but GET, HEAD or POST, TRACE included
 *     (405 with {@code Allow}, never an echo of the request); the API keeps JAX-RS's own 405 problem, with the
 *     methods of the resource asked for;</li>
 * <li>a query string that is not well-formed percent-encoded UTF-8 (400): the container would silently
 *     put U+FFFD in place of the bytes;</li>
 * <li>a page form post over {@value #PAGE_MAX_BYTES} bytes (413), one that does not say its length (411: the
 *     container would drop the fields of a chunked form over its limit without a word; browsers always send the
 *     length), and one with text that was not UTF-8 (400).
 *     The container has read that body by the time anyone sees it, so the check is for U+FFFD in the
 *     decoded fields: a browser never sends that character unless it was pasted, which is refused too.</li>
 * </ul>
 * A page form post that does not carry its page's script nonce (made by hand, or on another site) is sent
 * to the "page expired" page, like a made-up view state: PrimeFaces refuses it outside the Faces
 * exception handler.
 */
public class RequestGuardFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The largest page form post accepted (the container's own limit is the same). */
    public static final long PAGE_MAX_BYTES = 2L * 1024 * 1024;
    static final String PAGE_METHODS = "GET, HEAD, POST";
    private static final Set<String> PAGE_METHOD_SET = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!admitted(request, response, isApi(request))) {
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByAMissingNonce(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.sendRedirect(request.getContextPath() + "/error/expired.html");
        }
    }

    private static boolean causedByAMissingNonce(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.primefaces.csp.CspException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the request may go on; if not, the refusal has been written. */
    private static boolean admitted(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        String method = request.getMethod();
        if (request.isRequestedSessionIdFromURL() || request.getRequestURI().indexOf(';') >= 0) {
            return refuse(request, response, api, 400, "Bad Request", "request.pathParameter");
        }
        if (!api && !PAGE_METHOD_SET.contains(method)) {
            response.setHeader("Allow", PAGE_METHODS);
            return refuse(request, response, api, 405, "Method Not Allowed", "request.status.405");
        }
        if (!StrictUtf8.isWellFormedQuery(request.getQueryString())) {
            return refuse(request, response, api, 400, "Bad Request", "request.query");
        }
        if (api || !"POST".equals(method)) {
            return true;
        }
        if (request.getContentLengthLong() > PAGE_MAX_BYTES) {
            return tooLarge(request, response);
        }
        if (!isForm(request)) {
            return true;
        }
        if (request.getContentLengthLong() < 0) {
            return refuse(request, response, false, 411, "Length Required", "request.formLength");
        }
        try {
            if (containsReplacement(request.getParameterMap())) {
                return refuse(request, response, false, 400, "Bad Request", "request.formEncoding");
            }
        } catch (IllegalStateException postTooLarge) {
            return tooLarge(request, response);
        }
        return true;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean containsReplacement(Map<String, String[]> fields) {
        for (Map.Entry<String, String[]> field : fields.entrySet()) {
            if (field.getKey().indexOf(StrictUtf8.REPLACEMENT) >= 0) {
                return true;
            }
            for (String value : field.getValue()) {
                if (value != null && value.indexOf(StrictUtf8.REPLACEMENT) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The body is not read; the container skips what is left of it, so the browser gets to see the answer. */
    private static boolean tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return refuse(request, response, false, 413, "Payload Too Large", "request.formTooLarge", PAGE_MAX_BYTES);
    }

    /** Writes the refusal: problem+json for the API, the error page of the status for everything else. Always false. */
    private static boolean refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status, String title,
                                  String code, Object... args) throws IOException {
        if (api) {
            Problems.write(request, response, status, title, Message.of(code, args));
            return false;
        }
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (InputStream page = request.getServletContext().getResourceAsStream("/error/" + status + ".html")) {
            if (page != null && !"HEAD".equals(request.getMethod())) {
                page.transferTo(response.getOutputStream());
            }
        }
        return false;
    }
}
