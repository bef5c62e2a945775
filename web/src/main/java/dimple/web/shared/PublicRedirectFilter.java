package dimple.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The first filter of every request, forward and error page: every Location header it answers with (Shiro's
 * sign-in redirect, Faces' {@code faces-redirect}, {@code ExternalContext.redirect}, a JAX-RS {@code Location})
 * goes through {@link PublicAddress}, so it names {@code DIMPLE_PUBLIC_URL} or is a path on this server, and
 * never repeats the Host header. The container would otherwise make every relative redirect absolute with the
 * Host header's value. (Its own redirects from a folder to the folder with a slash are prevented by
 * {@link FolderPaths}.)
 */
public class PublicRedirectFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private transient PublicAddress address;

    @Override
    public void init() {
        Object configured = getServletContext().getAttribute(PublicAddressSetup.ATTRIBUTE);
        // Without the address read at start (it always is), redirects stay paths on this server: never the Host header.
        address = configured instanceof PublicAddress known ? known : PublicAddress.of(null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (wrapped(response)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new Redirects(response, address, originalUri(request), request.getServerName()));
    }

    private static boolean wrapped(ServletResponse response) {
        for (ServletResponse r = response; r instanceof ServletResponseWrapper wrapper; r = wrapper.getResponse()) {
            if (r instanceof Redirects) {
                return true;
            }
        }
        return false;
    }

    /** The path the browser asked for, also while a forward or an error page is being served. */
    private static String originalUri(HttpServletRequest request) {
        for (String attribute : new String[] {"jakarta.servlet.forward.request_uri", "jakarta.servlet.error.request_uri"}) {
            if (request.getAttribute(attribute) instanceof String uri) {
                return uri;
            }
        }
        return request.getRequestURI();
    }

    private static final class Redirects extends HttpServletResponseWrapper {
        private final PublicAddress address;
        private final String requestUri;
        private final String requestHost;

        Redirects(HttpServletResponse response, PublicAddress address, String requestUri, String requestHost) {
            super(response);
            this.address = address;
            this.requestUri = requestUri;
            this.requestHost = requestHost;
        }

        /** A 302 with the Location set directly: the container's own sendRedirect would make it absolute with the Host header. */
        @Override
        public void sendRedirect(String location) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The answer has already been sent; it cannot become a redirect.");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location);
            setContentLength(0);
            flushBuffer();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isLocation(name) ? address.location(value, requestUri, requestHost) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, isLocation(name) ? address.location(value, requestUri, requestHost) : value);
        }

        private static boolean isLocation(String name) {
            return "Location".equalsIgnoreCase(name);
        }
    }
}
