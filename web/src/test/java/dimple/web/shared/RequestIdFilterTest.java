package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each request's id: taken from a sane incoming X-Request-Id, made up otherwise, answered in X-Request-Id and carried by
 * the serving thread's name (which both console log formats print) only while the request runs.
 */
class RequestIdFilterTest {
    @Test
    void aSaneIncomingId_isKept_andCarriedByEveryLogLineOfTheRequest() throws Exception {
        Served served = serve("f3a9c2d4e5b60718293a4b5c6d7e8f90");
        assertThat(served.answered).containsExactly("f3a9c2d4e5b60718293a4b5c6d7e8f90");
        assertThat(served.threadNameWhileServing).endsWith(" request-id=f3a9c2d4e5b60718293a4b5c6d7e8f90");
        assertThat(Thread.currentThread().getName()).as("the thread's own name is back afterwards").doesNotContain("request-id=");
    }

    @Test
    void anInsaneIncomingId_isReplacedByARandomOne() throws Exception {
        for (String insane : new String[] {"", "a b", "x".repeat(65), "id\r\nforged: line", "[bracket]", "\"quote\"", "é"}) {
            Served served = serve(insane);
            assertThat(served.answered).hasSize(1);
            assertThat(served.answered.get(0)).as("for %s", insane).matches("[0-9a-f]{32}");
            assertThat(served.threadNameWhileServing).endsWith(" request-id=" + served.answered.get(0));
        }
        assertThat(RequestIdFilter.accepted("x".repeat(64))).isPresent();
        assertThat(RequestIdFilter.accepted("nginx-1.2_3")).isPresent();
    }

    @Test
    void withoutAnIncomingId_eachRequestGetsItsOwn() throws Exception {
        String first = serve(null).answered.get(0);
        String second = serve(null).answered.get(0);
        assertThat(first).matches("[0-9a-f]{32}").isNotEqualTo(second);
    }

    @Test
    void anErrorDispatchOfTheSameRequest_keepsItsId_andTheThreadNameCarriesOneId() throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        Served first = serve(null, attributes);
        Served again = serve(null, attributes);
        assertThat(again.answered).containsExactlyElementsOf(first.answered);
        String name = Thread.currentThread().getName();
        Thread.currentThread().setName(name + RequestIdFilter.MARK + "outer");
        try {
            Served nested = serve("inner", new HashMap<>());
            assertThat(nested.threadNameWhileServing).isEqualTo(name + " request-id=inner");
        } finally {
            Thread.currentThread().setName(name);
        }
    }

    private record Served(List<String> answered, String threadNameWhileServing) {
    }

    private static Served serve(String incoming) throws Exception {
        return serve(incoming, new HashMap<>());
    }

    private static Served serve(String incoming, Map<String, Object> attributes) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(RequestIdFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> RequestIdFilter.HEADER.equalsIgnoreCase((String) args[0]) ? incoming : null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> null;
                });
        List<String> answered = new ArrayList<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(RequestIdFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader") && RequestIdFilter.HEADER.equals(args[0])) {
                        answered.add((String) args[1]);
                    }
                    return null;
                });
        String[] nameWhileServing = new String[1];
        new RequestIdFilter().doFilter(request, response, (req, res) -> nameWhileServing[0] = Thread.currentThread().getName());
        return new Served(answered, nameWhileServing[0]);
    }
}
