package dimple.infrastructure.identity;

import java.util.Locale;

/**
 * A short, recognisable name for the browser a session was started in ("Firefox on Windows"), from its
 * User-Agent, for the person's own list of sessions. Nothing more of the header is kept.
 */
final class Devices {
    private Devices() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = ua.contains("edg/") ? "Edge"
                : ua.contains("firefox/") ? "Firefox"
                : ua.contains("chrome/") || ua.contains("chromium/") ? "Chrome"
                : ua.contains("safari/") ? "Safari"
                : "Another browser";
        String system = ua.contains("android") ? "Android"
                : ua.contains("iphone") || ua.contains("ipad") ? "iOS"
                : ua.contains("windows") ? "Windows"
                : ua.contains("mac os") || ua.contains("macintosh") ? "macOS"
                : ua.contains("linux") ? "Linux"
                : "another system";
        return browser + " on " + system;
    }
}
