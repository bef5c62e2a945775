package dimple.web.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a redirect sends the browser. With {@code DIMPLE_PUBLIC_URL} ({@code dimple.public.url}) set, for
 * example {@code https://dimple.example.com}, every Location names that address; without it a Location is a
 * path on this server ({@code /login.xhtml}, allowed by RFC 9110), never the Host header a client sent, so a
 * forged Host cannot turn Dimple's own redirects into links to somebody else's site.
 */
public final class PublicAddress {
    /** The configuration property (environment variable {@code DIMPLE_PUBLIC_URL}). */
    public static final String PROPERTY = "dimple.public.url";
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** {@code https://host[:port]} without a trailing slash, or empty for relative redirects. */
    private final String origin;

    private PublicAddress(String origin) {
        this.origin = origin;
    }

    /**
     * The address from the configured value: blank means none (relative redirects). Anything but an
     * http(s) address with a host, and at most a "/" as its path, is refused with the reason.
     */
    public static PublicAddress of(String configured) {
        if (configured == null || configured.isBlank()) {
            return new PublicAddress("");
        }
        String text = configured.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(PROPERTY + " is not an address: " + text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(PROPERTY + " must be an http or https address such as https://dimple.example.com, not " + text);
        }
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!bare) {
            throw new IllegalArgumentException(PROPERTY + " names the scheme, host and port only (Dimple is served at the root), not " + text);
        }
        return new PublicAddress(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT));
    }

    public boolean isConfigured() {
        return !origin.isEmpty();
    }

    /**
     * The Location to send for a redirect the application asked for.
     *
     * @param location   what the application (Faces, Shiro, a resource) asked for
     * @param requestUri the path the browser asked for, against which a relative location is resolved
     * @param requestHost the host the request was addressed to (from the Host header): an absolute location on that
     *                   host is this server's own and is rewritten; one on another host is left as it is
     */
    public String location(String location, String requestUri, String requestHost) {
        if (location == null || location.isEmpty()) {
            return location;
        }
        String path;
        boolean web = location.startsWith("//") || location.regionMatches(true, 0, "http://", 0, 7)
                || location.regionMatches(true, 0, "https://", 0, 8);
        if (web) {
            if (!isOwn(location, requestHost)) {
                return location;
            }
            path = pathOf(location);
        } else if (SCHEME.matcher(location).find()) {
            return location;
        } else if (location.startsWith("/")) {
            path = location;
        } else if (!isConfigured()) {
            return location;
        } else {
            path = resolve(requestUri, location);
        }
        return origin + path;
    }

    /** Whether the absolute location {@code scheme://authority/...} names the host the request was addressed to. */
    private static boolean isOwn(String location, String requestHost) {
        if (requestHost == null) {
            return false;
        }
        int start = location.indexOf("//") + 2;
        int end = start;
        while (end < location.length() && "/?#".indexOf(location.charAt(end)) < 0) {
            end++;
        }
        String authority = location.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        return hostOf(authority).equalsIgnoreCase(hostOf(requestHost));
    }

    private static String hostOf(String authority) {
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close < 0 ? authority : authority.substring(0, close + 1);
        }
        int colon = authority.indexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }

    /** The path, query and fragment of an absolute location; "/" when it has no path. */
    private static String pathOf(String location) {
        int start = location.indexOf("//") + 2;
        int end = start;
        while (end < location.length() && "/?#".indexOf(location.charAt(end)) < 0) {
            end++;
        }
        String rest = location.substring(end);
        return rest.startsWith("/") ? rest : "/" + rest;
    }

    /** A relative reference resolved against the request's path, dot segments removed (RFC 3986, 5.2). */
    private static String resolve(String requestUri, String relative) {
        String base = requestUri == null || requestUri.isEmpty() ? "/" : requestUri;
        int cut = relative.length();
        for (char c : new char[] {'?', '#'}) {
            int at = relative.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String merged = base.substring(0, base.lastIndexOf('/') + 1) + relative.substring(0, cut);
        StringBuilder out = new StringBuilder();
        String[] segments = merged.split("/", -1);
        Deque<String> kept = new ArrayDeque<>();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    kept.addLast("");
                }
            } else if (segment.equals("..")) {
                kept.pollLast();
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segment);
            }
        }
        for (String segment : kept) {
            out.append('/').append(segment);
        }
        if (out.length() == 0) {
            out.append('/');
        }
        return out + relative.substring(cut);
    }
}
