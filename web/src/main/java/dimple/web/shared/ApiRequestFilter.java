package dimple.web.shared;

import dimple.domain.shared.Message;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first thing every API call meets, before anyone is signed in:
 * <ul>
 *   <li>An API call never sees an HTTP session. A page's session cookie that comes along is ignored, so
 *   HTTP Basic credentials can never sign a page session in as someone else (or change it at all), and
 *   no session is created.</li>
 *   <li>A call that changes something (POST, PUT, PATCH, DELETE) must say {@code Content-Type:
 *   application/json}, also without a body (415 otherwise). A cross-site HTML form cannot send that
 *   type without the browser asking first, so a page elsewhere cannot make a browser that holds Basic
 *   credentials change anything.</li>
 *   <li>Such a call coming from a web page of another origin ({@code Origin}, {@code Sec-Fetch-Site}) is
 *   refused (403).</li>
 * </ul>
 */
public class ApiRequestFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (CHANGING.contains(request.getMethod())) {
            if (!isJson(request.getContentType())) {
                Problems.write(request, response, 415, "Unsupported Media Type", Message.of("request.jsonRequired"));
                return;
            }
            if (isCrossSite(request)) {
                Problems.write(request, response, 403, "Forbidden", Message.of("request.crossSite"));
                return;
            }
        }
        chain.doFilter(new WithoutSession(request), response);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** From a browser page of another origin: a foreign {@code Origin}, or a fetch the browser itself calls cross-site. */
    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        return !sameOrigin(origin, ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("dimple.public.url", String.class)
                .map(String::strip).filter(s -> !s.isEmpty());
        if (configured.isPresent()) {
            return configured.get();
        }
        String host = request.getHeader("Host");
        return request.getScheme() + "://" + (host == null ? request.getServerName() + ":" + request.getServerPort() : host);
    }

    static boolean sameOrigin(String a, String b) {
        try {
            URI x = URI.create(a.strip());
            URI y = URI.create(b.strip());
            return x.getScheme() != null && x.getScheme().equalsIgnoreCase(y.getScheme())
                    && x.getHost() != null && x.getHost().equalsIgnoreCase(y.getHost())
                    && port(x) == port(y);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The request as the API sees it: no session, and no session id, whatever cookies came with it. */
    private static final class WithoutSession extends HttpServletRequestWrapper {
        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("The API keeps no session");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        @Override
        public boolean isRequestedSessionIdFromCookie() {
            return false;
        }

        @Override
        public boolean isRequestedSessionIdFromURL() {
            return false;
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("The API keeps no session");
        }
    }
}
