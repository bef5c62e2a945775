package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
 * Hostile requests at the HTTP level, for pages and the API: a forged Host header, methods a page does not
 * take, a session id in the address, text that is not UTF-8, repeated JSON keys, huge and made-up form posts,
 * over-long text and far-off dates. Each answer is the refusal a person or an integration can understand,
 * with the security headers, never a 500, never silently cut or mangled input, never the Host's value.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {
    private static final String EVIL = "evil.example";
    private static final List<String> LEAKS = List.of("Exception", "at java.", "at dimple.", "Payara", "GlassFish", "Grizzly");

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    // --- 1. redirects never name the Host header ---

    @Test
    void theSignInRedirect_isAPathOnThisServer_whateverHostTheClientClaims() {
        RawHttp.Answer answer = RawHttp.get(base, "/index.xhtml", EVIL);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).contains("/login.xhtml");
        assertThat(answer.toString()).doesNotContain(EVIL);
    }

    @Test
    void aFolderWithoutItsSlash_isNoRedirectToTheClaimedHost() {
        for (String folder : List.of("/admin", "/error", "/resources", "/primefaces", "/WEB-INF", "/META-INF")) {
            RawHttp.Answer answer = RawHttp.get(base, folder, EVIL);
            assertThat(answer.toString()).as(folder).doesNotContain(EVIL);
            assertThat(answer.status()).as(folder).isIn(302, 404);
            answer.header("Location").ifPresent(location -> assertThat(location).as(folder).isEqualTo("/login.xhtml"));
        }
    }

    @Test
    void signingIn_andCreatingARecord_redirectOrPointOnlyToPathsOnThisServer() {
        RawHttp.Answer form = RawHttp.get(base, "/login.xhtml", EVIL);
        String session = form.cookie("JSESSIONID").orElseThrow();
        byte[] body = FoundationIT.formBody(form.body(), "signInForm", "signInForm:username", "emma",
                "signInForm:password", Http.DEMO_PASSWORD, "signInForm:submit", "").getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer signedIn = RawHttp.send(base, List.of("POST /login.xhtml HTTP/1.1", "Host: " + EVIL, "Cookie: JSESSIONID=" + session,
                "Content-Type: application/x-www-form-urlencoded", "Content-Length: " + body.length, "Connection: close"), body);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
        assertThat(signedIn.header("Location")).contains("/index.xhtml");

        byte[] team = ("{\"name\":\"Host " + UUID.randomUUID().toString().substring(0, 8) + "\"}").getBytes(StandardCharsets.UTF_8);
        String admin = java.util.Base64.getEncoder().encodeToString(("admin:" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        RawHttp.Answer created = RawHttp.send(base, List.of("POST /api/admin/teams HTTP/1.1", "Host: " + EVIL, "Authorization: Basic " + admin,
                "Content-Type: application/json", "Content-Length: " + team.length, "Connection: close"), team);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location").orElseThrow()).startsWith("/api/admin/teams/");
    }

    // --- 2. methods: TRACE never echoes, pages take GET, HEAD and POST only; every answer has the headers ---

    @Test
    void trace_isRefusedEverywhere_andNeverEchoesTheRequest() {
        Http client = Http.api(base);
        for (String path : List.of("login.xhtml", "index.xhtml", "health/ready", "resources/dimple/css/dimple.css", "openapi", "no-such-page")) {
            Http.Answer answer = client.send(client.request(path, null).header("X-Canary", "canary-value").method("TRACE", HttpRequest.BodyPublishers.noBody()).build());
            assertThat(answer.status()).as(path).isEqualTo(405);
            assertThat(answer.header("Allow")).as(path).contains("GET, HEAD, POST");
            assertThat(answer.body()).as(path).doesNotContain("canary-value").doesNotContain("X-Canary");
            assertSecurityHeaders(answer, path);
        }
        Http.Answer api = client.send(client.request("api/me", "emma").header("X-Canary", "canary-value").method("TRACE", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(api.status()).isEqualTo(405);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.body()).doesNotContain("canary-value");
        assertSecurityHeaders(api, "api/me");
    }

    @Test
    void aPage_asksForGetHeadOrPost_andAnswersAnythingElseWith405AndTheFriendlyPage() {
        Http client = Http.api(base);
        for (String method : List.of("DELETE", "PUT", "PATCH", "OPTIONS", "BREW")) {
            Http.Answer answer = client.send(client.request("login.xhtml", null).method(method, HttpRequest.BodyPublishers.noBody()).build());
            assertThat(answer.status()).as(method).isEqualTo(405);
            assertThat(answer.header("Allow")).as(method).contains("GET, HEAD, POST");
            assertThat(answer.body()).as(method).contains("Not possible here").doesNotContain(LEAKS);
            assertSecurityHeaders(answer, method);
        }
        Http.Answer api = client.send(client.request("api/me", "emma").header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(api.status()).isEqualTo(405);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.header("Allow").orElseThrow()).contains("GET");
    }

    @Test
    void refusalsTheContainerMakes_insideTheApplication_carryTheSecurityHeadersAndTheFriendlyPage() {
        Http client = Http.api(base);
        Http.Answer parameter = client.send(client.request("login.xhtml;foo=bar", null).GET().build());
        assertThat(parameter.status()).isEqualTo(400);
        assertThat(parameter.body()).contains("Not understood").doesNotContain(LEAKS);
        assertSecurityHeaders(parameter, "a ; parameter");

        Http.Answer post = client.send(client.request("openapi", null).POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.body()).doesNotContain(LEAKS);
        assertSecurityHeaders(post, "POST /openapi");
    }

    /**
     * Grizzly answers these before the application sees the request, so no filter can add the security headers:
     * they stay empty 400s that show nothing (no page for a browser to render, frame or sniff, no server name).
     */
    @Test
    void answersMadeBeforeTheApplicationSeesTheRequest_areEmptyAndNameNoServer() {
        List<RawHttp.Answer> answers = List.of(
                RawHttp.get(base, "/a\\b", "localhost"),
                RawHttp.get(base, "/login.xhtml", null),
                RawHttp.get(base, "/login.xhtml", "localhost", "X-Big: " + "a".repeat(20_000)));
        for (RawHttp.Answer answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.body()).as(answer.toString()).isEmpty();
            assertThat(answer.header("Server")).isEmpty();
            assertThat(answer.toString()).doesNotContain(LEAKS);
        }
    }

    // --- 3. Payara's generated endpoint list is not published ---

    @Test
    void belowOpenapi_isNotPayarasGeneratedList_andTheDocumentStaysAtOpenapi() {
        Http client = Http.api(base);
        for (String path : List.of("openapi/application.wadl", "openapi/ui", "openapi/openapi.json")) {
            Http.Answer answer = client.send(client.request(path, null).header("Accept", "*/*").GET().build());
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("Deployed Resources").doesNotContain("/api/");
        }
        for (String path : List.of("openapi", "openapi/")) {
            Http.Answer ours = client.get(path, null, "*/*");
            assertThat(ours.status()).as(path).isEqualTo(200);
            assertThat(ours.body()).as(path).contains("title: Dimple API").doesNotContain("Deployed Resources");
        }
    }

    // --- 4. huge and made-up form posts ---

    @Test
    void aFormPostOverTwoMegabytes_is413WithAFriendlyPage() {
        Http browser = signedIn("emma");
        String form = browser.get("report/new.xhtml", null).body();
        String body = FoundationIT.formBody(form, "reportForm", "reportForm:title", "Huge", "reportForm:narrative", "x".repeat(10_000_000));
        Http.Answer answer = browser.postForm("report/new.xhtml", body);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("Too much at once").doesNotContain(LEAKS);
        assertSecurityHeaders(answer, "413");

        HttpRequest chunked = HttpRequest.newBuilder(browser.resolve("report/new.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))).build();
        assertThat(browser.send(chunked).status()).as("a chunked form, whose length nobody knows in advance").isEqualTo(411);
    }

    @Test
    void aMadeUpViewState_showsThePageExpired_neverAServerError() {
        Http browser = signedIn("emma");
        String form = browser.get("report/new.xhtml", null).body();
        String real = viewState(form);
        for (String forged : List.of("garbage", "1:x", "stateless", "", "-1:-1", real + "1", real.replace(':', ';'), "x".repeat(5000))) {
            String body = "reportForm=reportForm&reportForm%3Atitle=t&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(forged, StandardCharsets.UTF_8);
            Http.Answer answer = browser.postForm("report/new.xhtml", body);
            assertThat(answer.status()).as(forged).isEqualTo(302);
            assertThat(answer.header("Location")).as(forged).contains("/error/expired.html");
        }
        assertThat(browser.get("error/expired.html", null).body()).contains("Page expired");

        HttpRequest ajax = HttpRequest.newBuilder(browser.resolve("report/new.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true&reportForm=reportForm&jakarta.faces.ViewState=garbage")).build();
        Http.Answer partial = browser.send(ajax);
        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.body()).contains("<redirect url=\"/error/expired.html\"");
    }

    // --- 5. session ids come from the cookie only ---

    @Test
    void aSessionIdInTheAddress_signsNobodyIn_andIsA400() {
        CookieManager cookies = new CookieManager();
        Http browser = signedIn("lena", cookies);
        assertThat(browser.get("index.xhtml", null).body()).contains("Welcome, Lena Leader");
        String id = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();

        Http stranger = Http.api(base);
        for (String path : List.of("index.xhtml;jsessionid=" + id, "report/mine.xhtml;jsessionid=" + id, "index.xhtml%3Bjsessionid=" + id,
                "index.xhtml;JSESSIONID=" + id)) {
            Http.Answer answer = stranger.send(stranger.request(path, null).header("Accept", "text/html").GET().build());
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).doesNotContain("Lena").contains("Not understood");
            assertThat(answer.header("Set-Cookie")).as(path).isEmpty();
            assertSecurityHeaders(answer, path);
        }
        Http.Answer api = stranger.get("api/me;jsessionid=" + id, null);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    // --- 6. text that is not UTF-8 is refused, not mangled ---

    @Test
    void aJsonBodyThatIsNotUtf8_isA400ProblemNamingTheBody() {
        Http api = Http.api(base);
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'Z', 'o', (byte) 0xEB, '"', '}'};
        Http.Answer answer = api.send(api.request("api/admin/teams", "admin").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
        assertThat(answer.body()).contains("UTF-8");
    }

    @Test
    void aQueryThatIsNotUtf8_isA400_onTheApiAndOnPages() {
        Http api = Http.api(base);
        for (String query : List.of("q=Zo%EB", "q=%C3%28", "q=%FF%FE", "q=%ED%A0%80")) {
            Http.Answer answer = api.get("api/lessons?" + query, "emma");
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
        }
        String emma = java.util.Base64.getEncoder().encodeToString(("emma:" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String malformed : List.of("q=%ZZ", "q=abc%")) {
            RawHttp.Answer answer = RawHttp.get(base, "/api/lessons?" + malformed, "localhost", "Authorization: Basic " + emma);
            assertThat(answer.status()).as(malformed).isEqualTo(400);
        }
        assertThat(api.get("api/lessons?q=Zo%C3%AB", "emma").status()).as("well-formed UTF-8").isEqualTo(200);

        Http browser = signedIn("emma");
        Http.Answer page = browser.get("lesson/board.xhtml?q=Zo%EB", null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Not understood");
        assertSecurityHeaders(page, "page query");
    }

    @Test
    void aFormPostThatIsNotUtf8_isA400_andNothingOfItIsUsed() {
        Http browser = signedIn("emma");
        String view = viewState(browser.get("lesson/board.xhtml", null).body());
        Http.Answer answer = browser.postForm("lesson/board.xhtml", "boardForm=boardForm&boardForm%3Aq=Zo%EB&boardForm%3Asearch=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(view, StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Not understood").doesNotContain("\uFFFD");
    }

    // --- 7. repeated JSON keys ---

    @Test
    void aJsonKeyGivenTwice_isA400NamingTheField() {
        Http api = Http.api(base);
        Http.Answer team = api.post("api/admin/teams", "admin", "{\"name\":\"First\",\"name\":\"Second " + UUID.randomUUID() + "\"}");
        assertThat(team.status()).isEqualTo(400);
        assertThat(field(team)).isEqualTo("name");

        Http.Answer report = api.post("api/reports", "emma", """
                {"title":"Twice","narrative":"n","occurredAt":"2026-01-01T10:00:00Z","team":"Front Desk","kind":"MISTAKE",
                 "customerImpact":"NONE","reporterMode":"NAMED","bentRule":{"rule":"a","reason":"b","valueCreated":"c","rule":"d"}}""");
        assertThat(report.status()).isEqualTo(400);
        assertThat(field(report)).isEqualTo("bentRule.rule");
    }

    // --- 8. over-long text is refused beside the field, never cut ---

    @Test
    void overLongText_isRefusedBesideTheFieldWithTheLimitAndTheLength_neverCutShort() {
        Http browser = signedIn("admin");
        String page = browser.get("admin/teams.xhtml", null).body();
        Matcher input = Pattern.compile("<input[^>]*id=\"newTeamForm:name\"[^>]*>").matcher(page);
        assertThat(input.find()).isTrue();
        assertThat(input.group()).contains("data-maxlength=\"80\"").doesNotContain(" maxlength=");
        assertThat(page).contains("limits.js");

        String name = "Team " + UUID.randomUUID().toString().replace("-", "") + "x".repeat(53);
        assertThat(name).hasSize(90);
        Http.Answer refused = browser.postForm("admin/teams.xhtml", FoundationIT.formBody(page, "newTeamForm", "newTeamForm:name", name,
                "newTeamForm:create", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("At most 80 characters fit here; this text has 90.");
        assertThat(refused.body()).as("the text stays as typed").contains("value=\"" + name + "\"");
        assertThat(browser.get("admin/teams.xhtml", null).body()).doesNotContain(name.substring(0, 80));
    }

    // --- 9. far-off dates ---

    @Test
    void aDateOutsideTheYears1900To2199_isRefusedNamingTheField_onTheApiAndOnPages() {
        Http api = Http.api(base);
        for (String at : List.of("+999999999-06-01T10:00:00Z", "1899-12-31T23:59:59Z")) {
            Http.Answer report = api.post("api/reports", "emma", """
                    {"title":"Far off","narrative":"n","occurredAt":"%s","team":"Front Desk","kind":"MISTAKE",
                     "customerImpact":"NONE","reporterMode":"NAMED"}""".formatted(at));
            assertThat(report.status()).as(at).isEqualTo(400);
            assertThat(field(report)).as(at).isEqualTo("occurredAt");
            assertThat(report.body()).as(at).contains("between 1900-01-01 and 2199-12-31");
        }
        Http.Answer lessons = api.get("api/lessons?from=0001-01-01", "emma");
        assertThat(lessons.status()).isEqualTo(400);
        assertThat(field(lessons)).isEqualTo("from");

        Http browser = signedIn("emma");
        String board = browser.get("lesson/board.xhtml", null).body();
        Http.Answer page = browser.postForm("lesson/board.xhtml", FoundationIT.formBody(board, "boardForm", "boardForm:from", "2500-01-01",
                "boardForm:search", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Enter a date between 1900-01-01 and 2199-12-31.");
    }

    // --- helpers ---

    private Http signedIn(String user) {
        return signedIn(user, new CookieManager());
    }

    private Http signedIn(String user, CookieManager cookies) {
        return Http.signedInPage(base, cookies, user, Http.DEMO_PASSWORD);
    }

    private static String viewState(String page) {
        Matcher matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String field(Http.Answer answer) {
        JsonObject problem = answer.json();
        return problem.getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static void assertSecurityHeaders(Http.Answer answer, String what) {
        for (String header : Arrays.asList("X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy")) {
            assertThat(answer.header(header)).as(what + ": " + header).isPresent();
        }
        assertThat(answer.header("X-Frame-Options")).as(what).contains("DENY");
    }
}
