package dimple.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The first filter every request meets: it gives the request an id, answers it in {@code X-Request-Id}, and
 * appends it to the serving thread's name while the request runs, so every log line written meanwhile carries
 * it (Payara's plain and JSON console formats both print the thread's name: {@code _ThreadName=...
 * request-id=...}, {@code "ThreadName": "... request-id=..."}). The id is the incoming {@code X-Request-Id}
 * when that is 1 to 64 letters, digits, dots, underscores or hyphens (as nginx's {@code $request_id} is), or else a
 * random one. It is never made from a user, a session or a report (docs/SECURITY.md): a random number, or what
 * the proxy in front sent.
 */
public class RequestIdFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Request-Id";
    static final String MARK = " request-id=";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        // An error dispatch of the same request keeps the id the request already has.
        String id = request.getAttribute(ATTRIBUTE) instanceof String given ? given
                : accepted(request.getHeader(HEADER)).orElseGet(RequestIdFilter::random);
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        Thread thread = Thread.currentThread();
        String name = thread.getName();
        thread.setName(withoutId(name) + MARK + id);
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setName(name);
        }
    }

    /** The incoming id, if it is one a log line can carry safely; else nothing. */
    static Optional<String> accepted(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? Optional.of(incoming) : Optional.empty();
    }

    /** 32 random hexadecimal digits (a random UUID's, from a secure random source). */
    static String random() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    // A thread whose name still carries an id (an error dispatch inside the request) gets one id, not two.
    private static String withoutId(String name) {
        int mark = name.indexOf(MARK);
        return mark < 0 ? name : name.substring(0, mark);
    }
}
