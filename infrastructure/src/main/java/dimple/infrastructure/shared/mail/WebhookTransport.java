package dimple.infrastructure.shared.mail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Posts one JSON payload to a webhook; throws unless the endpoint answered 2xx. */
public interface WebhookTransport {
    void post(String url, String json, Map<String, String> headers) throws Exception;

    /** The endpoint answered, but not with 2xx. Its class and status are all that is recorded. */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        public Refused(int status) {
            super("HTTP " + status, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The JDK's client: no redirects (a redirect could carry the payload elsewhere), 10 s to connect, 20 s to answer. */
    static WebhookTransport http() {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        return (url, json, headers) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "Dimple-Webhook")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            headers.forEach(request::header);
            HttpResponse<Void> answer = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                throw new Refused(answer.statusCode());
            }
        };
    }
}
