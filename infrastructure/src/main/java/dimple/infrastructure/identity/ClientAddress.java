package dimple.infrastructure.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The network address a request came from, for sign-in delays. Behind a reverse proxy every request
 * comes from the proxy; when the direct peer is one of {@code DIMPLE_TRUSTED_PROXIES} (comma-separated
 * addresses), the address is the last entry of {@code X-Forwarded-For} that is not itself a trusted
 * proxy. Anything a client writes in that header is ignored unless the request came through a trusted
 * proxy, so nobody can pose as another address.
 */
public final class ClientAddress {
    private static final int MAX = 64;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        List<String> trusted = trustedProxies();
        if (peer == null) {
            return "unknown";
        }
        if (!trusted.contains(peer)) {
            return cut(peer);
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return cut(peer);
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return cut(hops.get(i));
            }
        }
        return cut(peer);
    }

    private static List<String> trustedProxies() {
        return ConfigProvider.getConfig().getOptionalValue("dimple.trusted.proxies", String.class)
                .map(text -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    private static String cut(String address) {
        String clean = address.replaceAll("[^0-9A-Za-z:.%\\-\\[\\]]", "");
        return clean.isEmpty() ? "unknown" : clean.substring(0, Math.min(clean.length(), MAX));
    }
}
