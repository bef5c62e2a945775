package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sign-in redirect names the page the person was on, so that signing in leads back to it (ADR 23). */
class ReturnToTest {
    private static HttpServletRequest request(String method, String uri, String query, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(ReturnToTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getContextPath" -> "/dimple";
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
    }

    @Test
    void aPageOpened_isNamedWithItsParameters() {
        assertThat(SessionGuard.returnTo(request("GET", "/dimple/review/view.xhtml", "id=42&tab=story", Map.of()), "?"))
                .isEqualTo("?next=%2Freview%2Fview.xhtml%3Fid%3D42%26tab%3Dstory");
    }

    @Test
    void aFormSentOrAnAjaxRequest_namesThePageItCameFrom() {
        Map<String, String> fromTheForm = Map.of("Referer", "https://dimple.example.com/dimple/report/new.xhtml");
        assertThat(SessionGuard.returnTo(request("POST", "/dimple/report/new.xhtml", null, fromTheForm), "&")).isEqualTo("&next=%2Freport%2Fnew.xhtml");
        Map<String, String> ajax = Map.of("Faces-Request", "partial/ajax", "Referer", "http://127.0.0.1:8080/dimple/review/view.xhtml?id=7");
        assertThat(SessionGuard.returnTo(request("POST", "/dimple/review/view.xhtml", null, ajax), "?"))
                .isEqualTo("?next=%2Freview%2Fview.xhtml%3Fid%3D7");
    }

    @Test
    void nothingElse_isNamed() {
        assertThat(SessionGuard.returnTo(request("GET", "/dimple/index.xhtml", null, Map.of()), "?")).isEmpty();
        assertThat(SessionGuard.returnTo(request("GET", "/dimple/session/keepalive", null, Map.of()), "?")).isEmpty();
        assertThat(SessionGuard.returnTo(request("POST", "/dimple/report/new.xhtml", null, Map.of()), "?")).as("no Referer").isEmpty();
        assertThat(SessionGuard.returnTo(request("POST", "/dimple/report/new.xhtml", null, Map.of("Referer", "https://elsewhere.example/x.xhtml")), "?"))
                .as("not a page of this application").isEmpty();
        assertThat(SessionGuard.returnTo(request("POST", "/dimple/x", null, Map.of("Referer", "::not a uri")), "?")).isEmpty();
    }
}
