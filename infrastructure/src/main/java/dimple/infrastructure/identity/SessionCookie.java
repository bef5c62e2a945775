package dimple.infrastructure.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The cookie that carries a page session's secret (docs/adr/0013): HttpOnly, {@code SameSite=Lax},
 * path {@code /}, no domain, no expiry (it goes when the browser closes; the session's lifetime is kept
 * on the server). Over HTTPS (a request that came over TLS, or Dimple behind a proxy that ends it:
 * {@code DIMPLE_PUBLIC_URL} starting with {@code https://}, or {@code DIMPLE_SECURE_COOKIES=true}) it is
 * {@code Secure} and named with the {@code __Host-} prefix, which browsers accept only from a secure origin,
 * for the whole host.
 */
public final class SessionCookie {
    public static final String PLAIN_NAME = "dimple-session";
    public static final String SECURE_NAME = "__Host-dimple-session";

    private SessionCookie() {
    }

    /** True when Dimple is served over HTTPS, directly or behind a proxy that says so in the settings. */
    public static boolean secureSite() {
        var config = ConfigProvider.getConfig();
        boolean secureCookies = config.getOptionalValue("dimple.secure.cookies", Boolean.class).orElse(false);
        boolean httpsUrl = config.getOptionalValue("dimple.public.url", String.class)
                .map(url -> url.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https://")).orElse(false);
        return secureCookies || httpsUrl;
    }

    static String name(HttpServletRequest request) {
        return secureSite() || request.isSecure() ? SECURE_NAME : PLAIN_NAME;
    }

    public static Optional<String> read(HttpServletRequest request) {
        return only(request, name(request));
    }

    /** The value of the one cookie of this name; empty when there is none, or more than one. */
    static Optional<String> only(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        Optional<String> found = Optional.empty();
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                if (found.isPresent()) {
                    // Two cookies of the same name: one was planted (e.g. by a sibling site). Trust neither.
                    return Optional.empty();
                }
                found = Optional.ofNullable(cookie.getValue()).filter(v -> !v.isEmpty());
            }
        }
        return found;
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, String secret) {
        response.addHeader("Set-Cookie", header(request, secret, false));
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", header(request, "", true));
    }

    static String header(HttpServletRequest request, String value, boolean expire) {
        boolean secure = secureSite() || request.isSecure();
        StringBuilder header = new StringBuilder(name(request)).append('=').append(value).append("; Path=/; HttpOnly; SameSite=Lax");
        if (secure) {
            header.append("; Secure");
        }
        if (expire) {
            header.append("; Max-Age=0");
        }
        return header.toString();
    }
}
