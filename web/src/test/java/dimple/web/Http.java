package dimple.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for the container tests: Basic authentication, JSON in and out, no hidden state. */
public final class Http {
    public static final String DEMO_PASSWORD = "dimple-demo";
    private final URI base;
    private final HttpClient client;

    private Http(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** A client without cookies, for the API. */
    public static Http api(URL base) {
        return new Http(toUri(base), HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** A client that keeps cookies, like a browser, for pages. */
    public static Http browserLike(URL base, CookieManager cookies) {
        return new Http(toUri(base), HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /**
     * A client signed in through the sign-in page, holding its cookies like a browser. Fails the test
     * unless the sign-in is accepted (a redirect away from the sign-in page).
     */
    public static Http signedInPage(URL base, CookieManager cookies, String username, String password) {
        Http browser = browserLike(base, cookies);
        Answer signedIn = browser.signIn(username, password);
        if (signedIn.status() != 302 || signedIn.header("Location").orElse("").contains("login.xhtml")) {
            throw new AssertionError(username + " could not sign in: " + signedIn.status() + " " + signedIn.header("Location").orElse(""));
        }
        return browser;
    }

    /** Posts the sign-in form as a browser would; the answer to the post (302 when accepted). */
    public Answer signIn(String username, String password) {
        Answer form = get("login.xhtml", null);
        return postForm("login.xhtml", FoundationIT.formBody(form.body(), "signInForm", "signInForm:username", username,
                "signInForm:password", password, "signInForm:submit", ""));
    }

    private static URI toUri(URL base) {
        String text = base.toExternalForm();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Answer get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    /** A GET that accepts only the given media type (instead of JSON). */
    public Answer get(String path, String user, String accept) {
        return send(request(path, user).setHeader("Accept", accept).GET().build());
    }

    public Answer post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Answer patch(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Answer postForm(String path, String form) {
        return send(HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
    }

    /** Basic credentials as user:password; a user without ':' gets the demo password. */
    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":" + DEMO_PASSWORD;
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    public Answer send(HttpRequest request) {
        try {
            return new Answer(client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer, with helpers for its JSON body. */
    public record Answer(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
