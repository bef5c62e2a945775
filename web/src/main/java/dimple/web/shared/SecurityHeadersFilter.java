package dimple.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headers on every answer: no MIME sniffing, no framing, a content security policy, a strict referrer
 * policy, and no caching of pages or API answers that may hold personal or restricted data.
 *
 * <p>This filter writes the one Content-Security-Policy of every answer. Scripts come only from this
 * origin; a page may also run the inline scripts that carry its nonce. The nonce is PrimeFaces' own
 * ({@code primefaces.CSP} in web.xml): PrimeFaces puts it on every script it writes and announces it
 * in a policy header of its own while it renders a page. That header never reaches the browser: this
 * filter takes the nonce out of it and writes its own policy with that nonce instead, so a page's
 * policy differs from every other answer's only by the nonce (ADR 16).
 *
 * <p>A resource whose URL carries the version this instance serves ({@code v=}: PrimeFaces' own, and Dimple's
 * content hash from {@link VersionedResources}; {@link ResourceVersions}) is cached for a year and never revalidated; the resource handler's shorter
 * {@code Cache-Control} and {@code Expires} are not let through. Answers may come gzip-compressed (the HTTP
 * listener's setting), so every answer says that it varies by {@code Accept-Encoding} (ADR 38).
 */
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String CSP_HEADER = "Content-Security-Policy";
    /** Everything but scripts. PrimeFaces writes inline style attributes, so inline styles stay allowed. */
    private static final String OTHER_DIRECTIVES = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The policy of answers without a nonce: API, static files, error pages, redirects. */
    static final String CSP = OTHER_DIRECTIVES + "; script-src 'self'";
    /** A nonce as PrimeFaces writes it: base64 of a random UUID. Anything else is not taken over. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/]{16,}={0,2})'");
    /** The caching of a resource whose URL names its version: a new version is a new URL. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private transient ResourceVersions versions;

    /** The policy of a page whose inline scripts carry this nonce. */
    static String policyWithNonce(String nonce) {
        return CSP + " 'nonce-" + nonce + "'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(CSP_HEADER, CSP);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.addHeader("Vary", "Accept-Encoding");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean resource = path.startsWith(ResourceVersions.PREFIX);
        boolean versioned = resource && versions().current(path, request.getQueryString());
        if (versioned) {
            response.setHeader("Cache-Control", IMMUTABLE);
        } else if (!resource && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new OnePolicy(response, versioned));
    }

    private ResourceVersions versions() {
        if (versions == null) {
            versions = new ResourceVersions(getServletContext());
        }
        return versions;
    }

    /**
     * Keeps one Content-Security-Policy header on the answer. A policy set further down (PrimeFaces') is
     * not added beside this filter's (browsers would enforce both) but read for its nonce only: with a
     * nonce, this filter's policy with that nonce replaces the header; without one, the header stays. On a
     * versioned resource the year-long caching stays too: caching headers set further down are dropped.
     */
    static final class OnePolicy extends HttpServletResponseWrapper {
        private final boolean immutable;

        OnePolicy(HttpServletResponse response, boolean immutable) {
            super(response);
            this.immutable = immutable;
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP_HEADER.equalsIgnoreCase(name)) {
                takeNonce(value);
            } else if (!keepsCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP_HEADER.equalsIgnoreCase(name)) {
                takeNonce(value);
            } else if (!keepsCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!keepsCaching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!keepsCaching(name)) {
                super.addDateHeader(name, date);
            }
        }

        private boolean keepsCaching(String name) {
            return immutable && ("Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name));
        }

        private void takeNonce(String policy) {
            Matcher nonce = NONCE.matcher(policy == null ? "" : policy);
            if (nonce.find()) {
                super.setHeader(CSP_HEADER, policyWithNonce(nonce.group(1)));
            }
        }
    }
}
