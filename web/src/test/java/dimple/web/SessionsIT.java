package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions nobody can swap, guess or keep after they should have ended (issue "Keep the confidentiality
 * promise", findings 1, 5, 6 and 7), over HTTP as browsers and integrations use the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {
    private static final String PASSWORD = "a long enough passphrase";

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private Http api() {
        return Http.api(base);
    }

    /** A person of their own for each test, so that ending sessions never touches another test's. */
    private String person(String roles) {
        String username = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Http.Answer created = api().post("api/admin/users", "admin", """
                {"username":"%s","displayName":"Sam %s","password":"%s","roles":%s,"teams":["Front Desk"]}"""
                .formatted(username, username.substring(1, 5), PASSWORD, roles));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    /** A browser signed in through the sign-in page. */
    private record Browser(Http http, CookieManager cookies) {
        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                    .findFirst().orElse(null);
        }

        Http.Answer get(String path) {
            return http.get(path, null);
        }
    }

    private Browser signedIn(String username, String password) {
        CookieManager cookies = new CookieManager();
        return new Browser(Http.signedInPage(base, cookies, username, password), cookies);
    }

    private static void assertSignedOut(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        assertThat(answer.header("Location").orElseThrow()).contains("login.xhtml");
    }

    // --- 1. an API link cannot swap the page session ---

    @Test
    void anApiCall_withBasicCredentials_andThePagesCookies_neverTouchesThePageSession() {
        String pageUser = person("[\"EMPLOYEE\"]");
        Browser browser = signedIn(pageUser, PASSWORD);
        String cookies = "JSESSIONID=" + browser.cookie("JSESSIONID") + "; dimple-session=" + browser.cookie("dimple-session");

        Http.Answer asSomeoneElse = api().send(api().request("api/me", "eli").header("Cookie", cookies).GET().build());

        assertThat(asSomeoneElse.status()).isEqualTo(200);
        assertThat(asSomeoneElse.json().getString("username")).isEqualTo("eli");
        assertThat(asSomeoneElse.header("Set-Cookie")).as("no session made or changed").isEmpty();
        Http.Answer page = browser.get("index.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).as("the page is still signed in as its own person").contains("Welcome, Sam ").doesNotContain("Eli Employee");
        Http.Answer mine = browser.get("report/mine.xhtml");
        assertThat(mine.body()).doesNotContain("Eli Employee");
    }

    // --- 7. no cross-site changes through the API ---

    @Test
    void aChangeThroughTheApi_needsJson_andAnOriginOfItsOwn_soACrossSiteFormChangesNothing() {
        String reporter = person("[\"EMPLOYEE\"]");
        Http.Answer filed = api().post("api/reports", reporter + ":" + PASSWORD, """
                {"title":"Cross-site canary","narrative":"Nothing happened.","occurredAt":"2026-01-05T10:00:00Z","team":"Front Desk",
                 "kind":"NEAR_MISS","customerImpact":"NONE","reporterMode":"CONFIDENTIAL"}""");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String withdraw = "api/reports/" + filed.json().getString("id") + "/withdraw";

        Http.Answer textPlain = api().send(api().request(withdraw, reporter + ":" + PASSWORD).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x=y")).build());
        Http.Answer form = api().send(api().request(withdraw, reporter + ":" + PASSWORD)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build());
        Http.Answer noType = api().send(api().request(withdraw, reporter + ":" + PASSWORD).POST(HttpRequest.BodyPublishers.noBody()).build());
        Http.Answer foreign = api().send(api().request(withdraw, reporter + ":" + PASSWORD).header("Content-Type", "application/json")
                .header("Origin", "https://elsewhere.example").POST(HttpRequest.BodyPublishers.noBody()).build());
        Http.Answer fetchedCrossSite = api().send(api().request(withdraw, reporter + ":" + PASSWORD).header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(List.of(textPlain, form, noType)).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(415);
            assertThat(a.contentType()).startsWith("application/problem+json");
        });
        assertThat(List.of(foreign, fetchedCrossSite)).allSatisfy(a -> assertThat(a.status()).isEqualTo(403));
        assertThat(api().get(filed.header("Location").map(l -> l.substring(l.indexOf("api/"))).orElseThrow(), reporter + ":" + PASSWORD)
                .json().getString("status")).as("nothing changed").isEqualTo("SUBMITTED");

        Http.Answer sameOrigin = api().send(api().request(withdraw, reporter + ":" + PASSWORD).header("Content-Type", "application/json")
                .header("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(sameOrigin.status()).as(sameOrigin.toString()).isEqualTo(200);
        assertThat(sameOrigin.json().getString("status")).isEqualTo("WITHDRAWN");
    }

    // --- 6. sessions ---

    @Test
    void aPageSession_hasA256BitSecretCookie_andTheContainersSessionIdAloneSignsNobodyIn() {
        String username = person("[\"EMPLOYEE\"]");
        CookieManager cookies = new CookieManager();
        Http http = Http.browserLike(base, cookies);
        Http.Answer form = http.get("login.xhtml", null);
        Http.Answer signedIn = http.signIn(username, PASSWORD);

        List<String> setCookies = signedIn.response().headers().allValues("Set-Cookie");
        String secret = setCookies.stream().filter(c -> c.startsWith("dimple-session=")).findFirst().orElseThrow();
        assertThat(secret).matches("dimple-session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax");
        assertThat(setCookies).allSatisfy(c -> assertThat(c.split("SameSite", -1)).as("one SameSite in " + c).hasSizeLessThanOrEqualTo(2));
        List<String> jsession = form.response().headers().allValues("Set-Cookie");
        assertThat(jsession).anySatisfy(c -> assertThat(c.toLowerCase(java.util.Locale.ROOT)).startsWith("jsessionid=").contains("httponly")
                .containsOnlyOnce("samesite=lax"));

        String containerId = new Browser(http, cookies).cookie("JSESSIONID");
        Http.Answer withoutSecret = api().send(HttpRequest.newBuilder(api().resolve("index.xhtml")).header("Cookie", "JSESSIONID=" + containerId)
                .GET().build());
        assertSignedOut(withoutSecret);
        Http.Answer withAWrongSecret = api().send(HttpRequest.newBuilder(api().resolve("index.xhtml"))
                .header("Cookie", "JSESSIONID=" + containerId + "; dimple-session=" + "A".repeat(43)).GET().build());
        assertSignedOut(withAWrongSecret);
    }

    @Test
    void aPasswordChange_endsThePersonsOtherSessions_butNotTheOneInUse() {
        String username = person("[\"EMPLOYEE\"]");
        Browser here = signedIn(username, PASSWORD);
        Browser there = signedIn(username, PASSWORD);
        assertThat(there.get("index.xhtml").status()).isEqualTo(200);

        Http.Answer page = here.get("account/password.xhtml");
        Http.Answer changed = here.http().postForm("account/password.xhtml", FoundationIT.formBody(page.body(), "passwordForm",
                "passwordForm:currentPassword", PASSWORD, "passwordForm:newPassword", "another long passphrase",
                "passwordForm:repeatPassword", "another long passphrase", "passwordForm:change", ""));

        assertThat(changed.status()).as(changed.body()).isEqualTo(302);
        assertThat(here.get("index.xhtml").status()).isEqualTo(200);
        Http.Answer elsewhere = there.get("index.xhtml");
        assertSignedOut(elsewhere);
        assertThat(elsewhere.header("Location").orElseThrow()).contains("ended=true");
    }

    @Test
    void thePersonSeesWhereTheyAreSignedIn_andEndsTheOthers() {
        String username = person("[\"EMPLOYEE\"]");
        Browser here = signedIn(username, PASSWORD);
        Browser there = signedIn(username, PASSWORD);

        Http.Answer list = here.get("account/sessions.xhtml");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Where you are signed in").contains("(this browser)");
        assertThat(api().get("api/me/sessions", username + ":" + PASSWORD).array()).hasSize(2);

        Http.Answer ended = here.http().postForm("account/sessions.xhtml", FoundationIT.formBody(list.body(), "sessionsForm",
                "sessionsForm:endOthers", ""));
        assertThat(ended.status()).isLessThan(400);

        assertSignedOut(there.get("index.xhtml"));
        assertThat(here.get("index.xhtml").status()).isEqualTo(200);
        assertThat(api().get("api/me/sessions", username + ":" + PASSWORD).array()).hasSize(1);
    }

    @Test
    void anAdministrator_signsAPersonOutEverywhere_andARoleChangeDoesTheSame() {
        String username = person("[\"EMPLOYEE\"]");
        Browser browser = signedIn(username, PASSWORD);
        assertThat(api().get("api/admin/users/" + username, "admin").json().getInt("sessions")).isEqualTo(1);

        Http.Answer ended = api().send(api().request("api/admin/users/" + username + "/sessions", "admin")
                .header("Content-Type", "application/json").DELETE().build());
        assertThat(ended.json().getInt("ended")).isEqualTo(1);
        assertSignedOut(browser.get("index.xhtml"));

        Browser again = signedIn(username, PASSWORD);
        assertThat(api().patch("api/admin/users/" + username, "admin", "{\"roles\":[\"EMPLOYEE\",\"HR\"]}").status()).isEqualTo(200);
        assertSignedOut(again.get("index.xhtml"));
        assertThat(api().get("api/admin/audit?action=SESSIONS_ENDED&size=100", "admin").body()).contains(username);
    }

    @Test
    void signingOut_isAudited_andTheSecretIsWorthNothingAfterwards() {
        String username = person("[\"EMPLOYEE\"]");
        Browser browser = signedIn(username, PASSWORD);
        String containerId = browser.cookie("JSESSIONID");
        String secret = browser.cookie("dimple-session");
        Http.Answer home = browser.get("index.xhtml");

        Http.Answer out = browser.http().postForm("index.xhtml", FoundationIT.formBody(home.body(), "signOutForm", "signOutForm:signOut", "Sign out"));

        assertThat(out.header("Location").orElseThrow()).contains("signedOut=true");
        assertSignedOut(api().send(HttpRequest.newBuilder(api().resolve("index.xhtml"))
                .header("Cookie", "JSESSIONID=" + containerId + "; dimple-session=" + secret).GET().build()));
        assertThat(api().get("api/admin/audit?action=SIGNED_OUT&actor=" + username, "admin").json().getInt("total")).isEqualTo(1);
    }

    // --- 5. an administrator cannot become a reader ---

    @Test
    void anAdministrator_cannotAlsoBeALeaderOrHr() {
        Http.Answer both = api().post("api/admin/users", "admin", """
                {"username":"both%s","displayName":"Both","password":"%s","roles":["ADMIN","LEADER"],"leads":["Front Desk"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), PASSWORD));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("\"field\":\"roles\"");

        Http.Answer selfPromotion = api().patch("api/admin/users/admin", "admin", "{\"roles\":[\"ADMIN\",\"HR\"]}");
        assertThat(selfPromotion.status()).isEqualTo(400);
        assertThat(api().get("api/me", "admin").json().getJsonArray("roles").toString()).doesNotContain("HR");
    }

    @Test
    void aPasswordReset_givesAOneTimePasswordThatOpensOnlyThePasswordPage_andThePersonIsToldOfIt() {
        String username = person("[\"EMPLOYEE\"]");
        Browser before = signedIn(username, PASSWORD);

        Http.Answer reset = api().post("api/admin/users/" + username + "/password", "admin", "");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String oneTime = reset.json().getString("oneTimePassword");
        assertSignedOut(before.get("index.xhtml"));
        assertThat(api().get("api/me", username + ":" + PASSWORD).status()).as("the old password is gone").isEqualTo(401);
        assertThat(api().get("api/me", username + ":" + oneTime).status()).as("never the API").isEqualTo(401);
        assertThat(api().get("api/admin/audit?action=PASSWORD_RESET&size=100", "admin").body()).contains(username).doesNotContain(oneTime);

        Browser withOneTime = signedIn(username, oneTime);
        for (String path : List.of("index.xhtml", "report/mine.xhtml", "report/new.xhtml", "notifications.xhtml", "account/sessions.xhtml")) {
            Http.Answer answer = withOneTime.get(path);
            assertThat(answer.status()).as(path).isEqualTo(302);
            assertThat(answer.header("Location").orElseThrow()).as(path).contains("account/password.xhtml");
        }
        Http.Answer page = withOneTime.get("account/password.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("An administrator reset your password on").doesNotContain("My reports");

        Http.Answer changed = withOneTime.http().postForm("account/password.xhtml", FoundationIT.formBody(page.body(), "passwordForm",
                "passwordForm:currentPassword", oneTime, "passwordForm:newPassword", "my very own passphrase",
                "passwordForm:repeatPassword", "my very own passphrase", "passwordForm:change", ""));
        assertThat(changed.status()).as(changed.body()).isEqualTo(302);
        assertThat(withOneTime.get("report/mine.xhtml").status()).isEqualTo(200);
        assertThat(withOneTime.get("account/sessions.xhtml").body()).contains("An administrator reset your password on");
        JsonObject me = api().get("api/me", username + ":my very own passphrase").json();
        assertThat(me.getBoolean("mustChangePassword")).isFalse();
        assertThat(me.containsKey("passwordResetAt")).isTrue();
    }

    // --- 9. refusals are audited ---

    @Test
    void aRefusedUseCase_isAuditedAsAccessRefused_withoutTheRecordsId() {
        String username = person("[\"EMPLOYEE\"]");
        Http.Answer refused = api().post("api/admin/teams", username + ":" + PASSWORD, "{\"name\":\"Not mine to found\"}");
        assertThat(refused.status()).isEqualTo(403);

        Http.Answer audit = api().get("api/admin/audit?action=ACCESS_REFUSED&actor=" + username, "admin");
        assertThat(audit.json().getJsonArray("items").getJsonObject(0).getString("target")).isEqualTo("POST /api/admin/teams");

        Http.Answer refusedOnARecord = api().post("api/reports/" + UUID.randomUUID() + "/triage", username + ":" + PASSWORD,
                "{\"decision\":\"NOTED\",\"note\":\"x\"}");
        assertThat(refusedOnARecord.status()).isEqualTo(403);
        assertThat(api().get("api/admin/audit?action=ACCESS_REFUSED&actor=" + username, "admin").body())
                .contains("POST /api/reports/{id}/triage");
    }

    // --- 4. crowd of one ---

    @Test
    void teamSizes_areForAdministratorsOnly() {
        assertThat(api().get("api/admin/teams", "lena").status()).isEqualTo(403);
        assertThat(api().get("api/admin/teams", "emma").status()).isEqualTo(403);
        assertThat(api().get("api/admin/teams", "admin").array().getJsonObject(0).containsKey("members")).isTrue();
    }

    @Test
    void aConfidentialReport_fromASmallTeam_isFiledWithAWarning_andTheFormAlwaysSaysWhatToLeaveOut() {
        Http.Answer filed = api().post("api/reports", "eli", """
                {"title":"Small team canary","narrative":"Nothing happened.","occurredAt":"2026-01-05T10:00:00Z","team":"Online Orders",
                 "kind":"NEAR_MISS","customerImpact":"NONE","reporterMode":"CONFIDENTIAL"}""");
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.json().getJsonArray("warnings").getJsonObject(0).getString("code")).isEqualTo("SMALL_TEAM");
        assertThat(filed.json().getString("number")).matches("C-\\d{4}-\\w{4}-\\w{4}");

        Browser eli = signedIn("eli", Http.DEMO_PASSWORD);
        assertThat(eli.get("report/new.xhtml").body()).contains("leave out details that only you would know");
    }
}
