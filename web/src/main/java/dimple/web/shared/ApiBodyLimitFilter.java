package dimple.web.shared;

import dimple.domain.shared.Message;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Guards the API: refuses request bodies over {@value #MAX_BYTES} bytes with 413 (at once when the declared
 * length is too large, while reading when a chunked body grows too large), and makes every error the
 * container answers for an API call problem+json.
 */
public class ApiBodyLimitFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    public static final int MAX_BYTES = 1024 * 1024;
    static final String TOO_LARGE = "request.bodyTooLarge";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            Problems.write(request, response, 413, "Payload Too Large", Message.of(TOO_LARGE, MAX_BYTES));
            return;
        }
        chain.doFilter(new LimitedRequest(request), new ProblemResponse(request, response));
    }

    /** Thrown while reading a body that is larger than allowed; mapped to 413. */
    public static class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super("The request body is larger than " + MAX_BYTES + " bytes.");
        }
    }

    /**
     * Any error the container itself answers for an API call (a method not allowed, an unexpected
     * failure that escaped the resource) is sent as problem+json rather than the HTML error page.
     */
    private static final class ProblemResponse extends jakarta.servlet.http.HttpServletResponseWrapper {
        private final HttpServletRequest request;

        ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            if (isCommitted()) {
                super.sendError(status);
                return;
            }
            resetBuffer();
            jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            Message detail = Message.of(status >= 500 ? "request.failed" : "request.status.other");
            Problems.write(request, (HttpServletResponse) getResponse(), status, title, detail);
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        LimitedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BYTES) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
