package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dimple.web.container.OpenIdProviderForTests;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /metrics} as an operator's Prometheus and an outsider see it (docs/adr/0036): only the operator's token
 * (DIMPLE_METRICS_TOKEN, set for the test server in web/pom.xml) reads it; the text format counts requests by route
 * template, sign-in failures and the JVM; and nothing in it ties a confidential report to its reporter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {
    private static final String TOKEN = "metrics-token-for-the-container-tests-only";
    private static final Pattern SSO_STATE = Pattern.compile("(?m)^dimple_sign_in_failures_total\\{method=\"sso\",outcome=\"state\"} (\\S+)$");
    private static final Pattern SSO_INVALID = Pattern.compile("(?m)^dimple_sign_in_failures_total\\{method=\"sso\",outcome=\"invalid\"} (\\S+)$");
    private static final String PASSWORD = "a long enough passphrase";
    private static final Pattern POOL_REQUESTS = Pattern.compile("(?m)^dimple_db_connection_acquire_seconds_count\\{outcome=\"ok\"} (\\S+)$");
    private static final Pattern SIGN_IN_REFUSED = Pattern.compile("(?m)^dimple_sign_in_failures_total\\{method=\"password\",outcome=\"refused\"} (\\S+)$");

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private Http api() {
        return Http.api(base);
    }

    private Http.Answer scrape(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api().resolve("metrics")).header("Accept", "text/plain");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api().send(request.GET().build());
    }

    private String operatorsScrape() {
        Http.Answer answer = scrape("Bearer " + TOKEN);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    /** How many times the pool handed Dimple's persistence a connection, as the scrape says. */
    private static double poolRequests(String metrics) {
        Matcher count = POOL_REQUESTS.matcher(metrics);
        assertThat(count.find()).as("dimple_db_connection_acquire_seconds_count{outcome=\"ok\"} in the scrape").isTrue();
        return Double.parseDouble(count.group(1));
    }

    @Test
    void aScrapeWithoutTheOperatorsToken_isRefused_withNothingToRead() {
        List<Http.Answer> refused = List.of(scrape(null), scrape("Bearer not-the-token"), scrape("Bearer " + TOKEN.substring(1)),
                api().get("metrics", "admin"));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.body()).as("a refusal carries no metric").isEmpty();
            assertThat(answer.header("WWW-Authenticate")).contains("Bearer realm=\"metrics\"");
            assertThat(answer.header("Set-Cookie")).as("a scrape makes no session").isEmpty();
        });
    }

    @Test
    void theOperatorsScrape_countsRequestsByTemplate_signInFailures_andTheJvm() {
        double refusedBefore = signInsRefused(operatorsScrape());
        assertThat(api().get("api/me", "emma").status()).isEqualTo(200);
        assertThat(api().get("api/reports/" + UUID.randomUUID(), "emma").status()).isEqualTo(404);
        assertThat(api().get("login.xhtml", null).status()).isEqualTo(200);
        Http.Answer wrong = api().send(api().request("api/me", "nobody-" + UUID.randomUUID().toString().substring(0, 8) + ":wrong password")
                .header("X-Forwarded-For", "198.18.36.1").GET().build());
        assertThat(wrong.status()).isEqualTo(401);

        Http.Answer scrape = scrape("Bearer " + TOKEN);

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(scrape.header("Set-Cookie")).isEmpty();
        String metrics = scrape.body();
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/me\",status=\"2xx\"}")
                .as("an id in the path is counted under the template")
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/reports/{id}\",status=\"4xx\"}")
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/login.xhtml\",status=\"2xx\"}")
                .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/me\",status=\"2xx\",le=\"0.1\"}")
                .contains("jvm_memory_used_bytes{").contains("jvm_threads_live_threads").contains("process_uptime_seconds");
        assertThat(metrics).as("the database pool as Dimple uses it (ADR 36)").contains("dimple_db_connections_max_connections 32.0")
                .contains("dimple_db_connections_in_use_connections ").contains("dimple_db_connection_acquire_seconds_bucket{outcome=\"ok\",le=");
        assertThat(poolRequests(metrics)).as("the reads above took connections from the pool").isPositive();
        assertThat(api().get("api/reports/" + UUID.randomUUID(), "emma").status()).isEqualTo(404);
        assertThat(poolRequests(operatorsScrape())).as("and the next look-up takes more").isGreaterThan(poolRequests(metrics));
        assertThat(signInsRefused(metrics)).as("the wrong password was counted").isGreaterThan(refusedBefore);
    }

    @Test
    void afterAConfidentialReport_noMetricLine_namesItsReporter_orTheReport() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String team = "Metrics Team " + suffix;
        String reporter = "mreporter" + suffix;
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + team + "\"}").status()).isEqualTo(201);
        Http.Answer opened = api().post("api/admin/users", "admin", """
                {"username":"%s","displayName":"Metrics Reporter","password":"%s","roles":["EMPLOYEE"],"teams":["%s"],"leads":[]}"""
                .formatted(reporter, PASSWORD, team));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

        Http.Answer filed = api().post("api/reports", reporter + ":" + PASSWORD, """
                {"title":"Refund sent to the wrong card","narrative":"The refund went to the card on file, not the one used.",
                 "occurredAt":"2026-01-05T10:00:00Z","team":"%s","kind":"NEAR_MISS","customerImpact":"MINOR","reporterMode":"CONFIDENTIAL"}"""
                .formatted(team));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().getString("id");
        String receipt = filed.json().getString("number");
        assertThat(api().get("api/reports/" + id, reporter + ":" + PASSWORD).status()).isEqualTo(200);
        Http page = Http.signedInPage(base, new CookieManager(), reporter, PASSWORD);
        assertThat(page.get("report/view.xhtml?id=" + id, null).status()).isEqualTo(200);

        String metrics = operatorsScrape();

        assertThat(metrics).contains("route=\"/api/reports/{id}\",status=\"2xx\"").contains("route=\"/report/view.xhtml\",status=\"2xx\"");
        assertThat(metrics.lines()).as("no line names the reporter, the report, its receipt or its team").allSatisfy(line -> assertThat(line)
                .doesNotContain(reporter).doesNotContain(id).doesNotContain(receipt).doesNotContain(team));
    }

    @Test
    void refusedSingleSignOns_areCountedByReason_withoutTheProviderTheTokenOrWhoItNamed() {
        assumeTrue(OpenIdProviderForTests.server() != null, "no OpenID provider in this run (dimple.test.oidc unset)");
        OpenIdProviderForTests.warmUp();
        String before = operatorsScrape();
        String stranger = "mstranger" + UUID.randomUUID().toString().substring(0, 8);
        Http browser = Http.browserLike(base, new CookieManager());

        // A callback this browser never started (a forged or replayed link): refused for its state.
        String forgedState = "forged-" + UUID.randomUUID();
        assertThat(browser.get("sso/callback?code=c&state=" + forgedState, null).header("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml?sso=state"));
        // An unsigned ID token naming someone: refused as invalid.
        Http.Answer started = browser.get("sso/start", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(302);
        assertThat(started.header("Location")).as("sent to the provider").hasValueSatisfying(
                location -> assertThat(location).startsWith(OpenIdProviderForTests.issuer()));
        Map<String, String> query = queryOf(URI.create(started.header("Location").orElseThrow()));
        String unsigned = new PlainJWT(new JWTClaimsSet.Builder().issuer(OpenIdProviderForTests.issuer()).subject("subject-" + stranger)
                .audience(OpenIdProviderForTests.CLIENT_ID).issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 600_000))
                .claim("nonce", query.get("nonce")).claim("preferred_username", stranger).build()).serialize();
        OpenIdProviderForTests.answerNextTokenRequest("""
                {"access_token":"at","token_type":"Bearer","expires_in":60,"id_token":"%s"}""".formatted(unsigned));
        assertThat(browser.get("sso/callback?code=c&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8), null).header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml?sso=invalid"));

        String after = operatorsScrape();

        assertThat(count(after, SSO_STATE)).as("the forged callback was counted").isEqualTo(count(before, SSO_STATE) + 1);
        assertThat(count(after, SSO_INVALID)).as("the unsigned token was counted").isEqualTo(count(before, SSO_INVALID) + 1);
        assertThat(after.lines()).as("no line names the person, the subject, the provider, the token or the state").allSatisfy(line -> assertThat(line)
                .doesNotContain(stranger).doesNotContain(OpenIdProviderForTests.issuer()).doesNotContain("127.0.0.1")
                .doesNotContain(unsigned.substring(0, 20)).doesNotContain(forgedState).doesNotContain(query.get("state")));
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    private static double count(String metrics, Pattern line) {
        Matcher found = line.matcher(metrics);
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    private static double signInsRefused(String metrics) {
        return count(metrics, SIGN_IN_REFUSED);
    }
}
