package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.PlainJWT;
import dimple.web.container.OpenIdProviderForTests;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on through a real OpenID provider (mock-oauth2-server, started before the container by
 * {@link OpenIdProviderForTests}), spoken to over HTTP as a browser would: the whole flow with the provider's
 * login form, and every way a sign-in must be refused, each ending on the sign-in page with the reason in words
 * and nobody signed in (docs/adr/0032).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void providerRuns() throws java.net.MalformedURLException {
        assumeTrue(OpenIdProviderForTests.server() != null, "no OpenID provider in this run (dimple.test.oidc unset)");
        OpenIdProviderForTests.warmUp();
        if (!base.toExternalForm().endsWith("/")) {
            // A Payara reused from an earlier class of the fork may hand the address without its last slash.
            base = URI.create(base.toExternalForm() + "/").toURL();
        }
    }

    /** The parameters of a sign-in Dimple started: what it sent the browser to the provider with. */
    private record Started(URI authorization, Map<String, String> query) {
        String state() {
            return query.get("state");
        }

        String nonce() {
            return query.get("nonce");
        }
    }

    @Test
    void theWholeFlow_throughTheProvidersLoginForm_signsInWithANewSessionIdAndSecret_andTheLinkedAccountHasTheMappedRoles() throws Exception {
        get("login.xhtml");
        String containerSessionBefore = cookie("JSESSIONID");
        Started started = start();
        assertThat(started.query()).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256")
                .containsKey("code_challenge").containsEntry("client_id", OpenIdProviderForTests.CLIENT_ID);
        String username = "sso" + UUID.randomUUID().toString().substring(0, 8);
        String claims = """
                {"preferred_username":"%s","name":"Sam Provider","groups":["Online Orders","dimple-leaders"],
                 "email":"%s@provider.test","email_verified":true}""".formatted(username, username);
        HttpResponse<String> login = send(HttpRequest.newBuilder(started.authorization())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc("subject-" + username) + "&claims=" + enc(claims))).build());
        assertThat(login.statusCode()).isEqualTo(302);
        String back = login.headers().firstValue("Location").orElseThrow();
        assertThat(back).startsWith(base.toExternalForm() + "sso/callback?");

        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(back)).GET().build());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/index.xhtml");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("dimple-session=") && c.contains("HttpOnly"));
        assertThat(cookie("JSESSIONID")).isNotNull().isNotEqualTo(containerSessionBefore);
        HttpResponse<String> dashboard = get("index.xhtml");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Sam Provider", "Team inbox");
        Http.Answer account = Http.api(base).get("api/admin/users/" + username, "admin:" + Http.DEMO_PASSWORD);
        assertThat(account.json().getBoolean("providerLinked")).isTrue();
        assertThat(account.json().getJsonArray("roles").toString()).contains("LEADER", "EMPLOYEE");
        assertThat(account.json().getJsonArray("leads").toString()).contains("Online Orders");
        assertThat(Http.api(base).get("api/admin/users/emma", "admin:" + Http.DEMO_PASSWORD).json().getBoolean("providerLinked")).isFalse();
        assertThat(Http.api(base).get("api/admin/users/" + username + "/email", "admin:" + Http.DEMO_PASSWORD).json().getString("email"))
                .as("the provider's verified address, stored at the first sign-in").isEqualTo(username + "@provider.test");
    }

    @Test
    void aCallbackWithAnotherState_orFromABrowserThatDidNotStartIt_isRefusedWithAClearPage() throws Exception {
        Started started = start();

        assertRefused(callback("code=anything&state=" + enc("not-" + started.state())), "state", "could not be finished");

        Started another = start();
        SingleSignOnIT stranger = new SingleSignOnIT();
        stranger.base = base;
        assertRefused(stranger.callback("code=anything&state=" + enc(another.state())), "state", "could not be finished");
    }

    @Test
    void aPersonWhoCancelsAtTheProvider_comesBackToAClearPage() throws Exception {
        Started started = start();

        assertRefused(callback("error=access_denied&state=" + enc(started.state())), "cancelled", "was cancelled");
    }

    @Test
    void idTokensTheProviderWouldNeverIssue_unsignedForAnotherAudienceExpiredOrFromAnotherIssuer_areRefused() throws Exception {
        Map<String, java.util.function.Function<String, String>> tokens = new java.util.LinkedHashMap<>();
        tokens.put("unsigned (alg none)", nonce -> new PlainJWT(new JWTClaimsSet.Builder().issuer(OpenIdProviderForTests.issuer())
                .subject("nobody").audience(OpenIdProviderForTests.CLIENT_ID).issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 600_000)).claim("nonce", nonce)
                .claim("preferred_username", "unsigned").build()).serialize());
        String issuer = OpenIdProviderForTests.issuer();
        String client = OpenIdProviderForTests.CLIENT_ID;
        tokens.put("for another audience", nonce -> signed(issuer, "another-client", nonce, 600));
        tokens.put("expired", nonce -> signed(issuer, client, nonce, -600));
        tokens.put("from another issuer", nonce -> signed(OpenIdProviderForTests.issuer("elsewhere"), client, nonce, 600));
        tokens.put("with another nonce", nonce -> signed(issuer, client, "n-" + nonce, 600));
        for (var token : tokens.entrySet()) {
            Started started = start();
            answerTokenRequestWith(token.getValue().apply(started.nonce()));

            assertRefused(callback("code=c&state=" + enc(started.state())), "invalid", "could not trust");
        }
        assertThat(get("index.xhtml").statusCode()).as("nobody is signed in").isEqualTo(302);

        // The same token with every claim right is accepted: the refusals above are for the claim each one broke.
        Started started = start();
        answerTokenRequestWith(signed(issuer, client, started.nonce(), 600));
        HttpResponse<String> accepted = callback("code=c&state=" + enc(started.state()));
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/index.xhtml");
        assertThat(get("index.xhtml").statusCode()).isEqualTo(200);
    }

    private static void answerTokenRequestWith(String idToken) {
        OpenIdProviderForTests.answerNextTokenRequest("""
                {"access_token":"at","token_type":"Bearer","expires_in":60,"id_token":"%s"}""".formatted(idToken));
    }

    @Test
    void aProviderThatRefusesTheCode_endsOnAClearPage() throws Exception {
        Started started = start();
        OpenIdProviderForTests.answerNextTokenRequest("""
                {"error":"invalid_grant","error_description":"the code is not known"}""");

        assertRefused(callback("code=c&state=" + enc(started.state())), "unavailable", "cannot be reached");
    }

    @Test
    void theSignOutPage_sendsBrowsersOnlyToTheProvidersEndSession() throws Exception {
        HttpResponse<String> elsewhere = get("sso/leave?to=" + enc("https://attacker.example.com/?x=1"));
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml?signedOut=true");

        String endSession = OpenIdProvidersEndSession.of(OpenIdProviderForTests.issuer()) + "?client_id=x";
        HttpResponse<String> provider = get("sso/leave?to=" + enc(endSession));
        assertThat(provider.statusCode()).isEqualTo(200);
        assertThat(provider.body()).contains("http-equiv=\"refresh\"", endSession.replace("&", "&amp;"));
    }

    /** The provider's end-session endpoint, from its discovery document. */
    private static final class OpenIdProvidersEndSession {
        static String of(String issuer) throws Exception {
            HttpResponse<String> discovery = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")).GET().build(), HttpResponse.BodyHandlers.ofString());
            return jakarta.json.Json.createReader(new java.io.StringReader(discovery.body())).readObject().getString("end_session_endpoint");
        }
    }

    @Test
    void aStateIsUsedOnce() throws Exception {
        Started started = start();
        callback("error=access_denied&state=" + enc(started.state()));
        // The browser's state cookie is gone with the first answer; put it back as an attacker replaying the link would.
        cookies.getCookieStore().add(base.toURI(), cookieNamed("dimple-sso", started.state()));

        assertRefused(callback("code=c&state=" + enc(started.state())), "state", "could not be finished");
    }

    private static HttpCookie cookieNamed(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }

    /** An ID token signed with the provider's own key, with the claims as given. */
    private static String signed(String issuer, String audience, String nonce, long expirySeconds) {
        try {
            RSAKey key = OpenIdProviderForTests.signingKey();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("crafted-" + UUID.randomUUID()).audience(audience)
                    .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + expirySeconds * 1000))
                    .claim("nonce", nonce).claim("preferred_username", "crafted").build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(HttpResponse<String> answer, String reason, String words) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login.xhtml?sso=" + reason);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(location)).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(words).doesNotContain("at dimple.", "at com.nimbusds", "java.lang.", "Caused by");
    }

    private Started start() throws Exception {
        HttpResponse<String> answer = get("sso/start");
        assertThat(answer.statusCode()).isEqualTo(302);
        URI authorization = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(authorization.toString()).startsWith(OpenIdProviderForTests.issuer());
        Map<String, String> query = new HashMap<>();
        for (String pair : authorization.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return new Started(authorization, query);
    }

    private HttpResponse<String> callback(String query) throws Exception {
        return get("sso/callback?" + query);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base.toExternalForm() + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
