package dimple.web.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import com.nimbusds.jose.jwk.RSAKey;
import okhttp3.Headers;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real OpenID provider (mock-oauth2-server, with its interactive login page) for the failsafe JVM, started when
 * the first test session opens, before the first Arquillian class starts the JVM's Payara (ADR 12), on a free
 * loopback port; the container finds it as {@code dimple.oidc.issuer} ({@code http://127.0.0.1:PORT/dimple},
 * handed over by {@link ContainerSettings}: each fork of the build has a server and a provider of its own). It runs
 * until the JVM exits. Without {@code dimple.test.oidc} (a test started from an IDE) nothing starts and the single
 * sign-on tests are skipped.
 *
 * <p>A test can make the provider's token endpoint send one prepared answer ({@link #answerNextTokenRequest}),
 * to show Dimple an ID token the provider would never issue: unsigned, for another audience, expired.
 */
public class OpenIdProviderForTests implements LauncherSessionListener {
    private static final Logger LOG = Logger.getLogger(OpenIdProviderForTests.class.getName());
    public static final String ISSUER_ID = "dimple";
    public static final String CLIENT_ID = "dimple-test";
    private static final AtomicReference<String> NEXT_TOKEN_ANSWER = new AtomicReference<>();
    private static final KeyProvider KEYS = new KeyProvider();
    private static volatile MockOAuth2Server server;
    private static volatile int port;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        synchronized (OpenIdProviderForTests.class) {
            if (!Boolean.getBoolean("dimple.test.oidc") || server != null) {
                return;
            }
            // Interactive login (the provider's own login form); our key provider, so that a test can sign tokens with the provider's key.
            MockOAuth2Server started = new MockOAuth2Server(new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(KEYS)),
                    new PreparedTokenAnswer());
            int chosen = freePort();
            try {
                started.start(InetAddress.getByName("127.0.0.1"), chosen);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
            server = started;
            port = chosen;
            ContainerSettings.give("dimple.oidc.issuer", issuer());
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "stop the test OpenID provider"));
            LOG.info("OpenID provider for the tests at " + issuer());
        }
    }

    private static volatile boolean warm;

    /**
     * Reads the provider's discovery document once from the test's JVM first: on a loaded machine the in-process
     * provider's first answer can take longer than the server's read timeout, and the first sign-in then ends
     * "unavailable".
     */
    public static void warmUp() {
        if (warm || server == null) {
            return;
        }
        try {
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build().send(HttpRequest.newBuilder(
                    URI.create(issuer() + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            warm = true;
        } catch (IOException e) {
            // the tests then say what failed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provider, or null when this run started none. */
    public static MockOAuth2Server server() {
        return server;
    }

    /** The issuer as the container knows it (dimple.oidc.issuer, given to it at start). */
    public static String issuer() {
        return issuer(ISSUER_ID);
    }

    public static String issuer(String issuerId) {
        return "http://127.0.0.1:" + port + "/" + issuerId;
    }

    /** The key the provider signs the {@link #ISSUER_ID} issuer's tokens with, published in its JWKS. */
    public static RSAKey signingKey() {
        return (RSAKey) KEYS.signingKey(ISSUER_ID);
    }

    /** The token endpoint's next answer is this JSON (once), whatever the request. */
    public static void answerNextTokenRequest(String json) {
        NEXT_TOKEN_ANSWER.set(json);
    }

    /** Runs before the provider's own routes: answers a token request with the prepared answer, when there is one. */
    private static final class PreparedTokenAnswer implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return NEXT_TOKEN_ANSWER.get() != null && "POST".equals(request.getMethod()) && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String json = NEXT_TOKEN_ANSWER.getAndSet(null);
            int status = json.contains("\"error\"") ? 400 : 200;
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json;charset=UTF-8"), status, json, null);
        }
    }
}
