package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
 * The foundation in the real container: the built WAR on Payara Micro with demo data, exercised over
 * HTTP the way integrations and browsers use it. One deployment for all tests of this class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private Http api() {
        return Http.api(base);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private String createUser(String username, String roles, String teams, String leads) {
        String body = """
                {"username":"%s","displayName":"Test %s","password":"a long enough passphrase","roles":%s,"teams":%s,"leads":%s}"""
                .formatted(username, username, roles, teams, leads);
        Http.Answer created = api().post("api/admin/users", "admin", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username + ":a long enough passphrase";
    }

    // --- runtime ---

    @Test
    void readiness_isUpOnceTheDatabaseIsMigrated_andTheOpenApiDocumentIsPublished() {
        Http.Answer ready = api().get("health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
        Http.Answer openapi = api().get("openapi", null, "application/yaml");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("openapi: 3.1.0").contains("/api/admin/users:");
    }

    @Test
    void everyPage_carriesSecurityHeaders_andTheLoginPageNeedsNoSignIn() {
        Http.Answer login = api().send(api().request("login.xhtml", null).header("Accept", "text/html").GET().build());
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.header("X-Frame-Options")).contains("DENY");
        assertThat(login.header("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(login.header("Referrer-Policy")).isPresent();
        assertThat(login.header("Server")).isEmpty();
        assertThat(login.header("X-Powered-By")).isEmpty();
        assertThat(login.body()).contains("<title>Sign in · Dimple</title>");
    }

    @Test
    void aBrowserAskingForGerman_getsGermanPages_andOneAskingForALanguageDimpleDoesNotSpeak_getsEnglish() {
        Http.Answer german = api().send(api().request("login.xhtml", null).header("Accept", "text/html")
                .header("Accept-Language", "fr-FR,fr;q=0.9,de;q=0.8,en;q=0.5").GET().build());
        assertThat(german.body()).contains("<html lang=\"de\"").contains("ist in diesem Tab aufbewahrt").doesNotContain("is kept in this tab");

        Http.Answer french = api().send(api().request("login.xhtml", null).header("Accept", "text/html")
                .header("Accept-Language", "fr-FR,fr;q=0.9").GET().build());
        assertThat(french.body()).contains("<html lang=\"en\"").contains("is kept in this tab");
    }

    @Test
    void aPersonWhoChoseGermanAndMunich_readsGermanWords_andTimesOnMunichsClock_whateverTheBrowserAsks() {
        String name = unique("munich");
        String user = createUser(name, "[\"EMPLOYEE\"]", "[]", "[]");
        Http.Answer chosen = api().send(api().request("api/me/settings", user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"de\",\"timeZone\":\"Europe/Berlin\"}")).build());
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().getString("language")).isEqualTo("de");
        assertThat(chosen.json().getString("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(chosen.json().getString("organisationTimeZone")).isEqualTo("UTC");

        Http browser = Http.signedInPage(base, new CookieManager(), name, "a long enough passphrase");
        Http.Answer account = browser.get("account/sessions.xhtml", null);
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains("<html lang=\"de\"").contains("Sprache und Zeitzone");
        Matcher changed = Pattern.compile("(\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}) MEZ").matcher(account.body());
        assertThat(changed.find()).as("a time on Munich's clock, named MEZ").isTrue();
        java.time.Instant shown = java.time.LocalDateTime.parse(changed.group(1), java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm"))
                .atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant();
        assertThat(java.time.Duration.between(shown, java.time.Instant.now()).abs()).as("the account was made a moment ago")
                .isLessThan(java.time.Duration.ofMinutes(5));
        Http.Answer settings = browser.get("account/settings.xhtml", null);
        assertThat(settings.body()).contains("Zeitzone").contains("Europe/Berlin");

        Http.Answer me = api().get("api/me", user);
        assertThat(me.body()).as("the API answers as it always did").doesNotContain("Europe/Berlin");
        Http.Answer refused = api().send(api().request("api/me/settings", user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"fr\",\"timeZone\":\"Mars/Olympus\"}")).build());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(1).getString("code")).isEqualTo("input.timeZone");
        assertThat(api().get("api/me/settings", user).json().getString("language")).as("nothing changed").isEqualTo("de");
    }

    @Test
    void aPage_withoutSignIn_redirectsToTheLoginPage() {
        Http.Answer home = api().send(api().request("admin/accounts.xhtml", null).GET().build());
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location").orElseThrow()).contains("/login.xhtml");
    }

    @Test
    void anUnknownPage_showsTheFriendlyNotFoundPage_withoutServerDetails() {
        Http.Answer missing = api().send(api().request("error/404.html", null).GET().build());
        assertThat(missing.body()).contains("Not found").doesNotContain("Payara").doesNotContain("Exception");
    }

    // --- API conventions ---

    @Test
    void api_withoutCredentials_is401WithABasicChallengeAndProblemJson() {
        Http.Answer answer = api().get("api/me", null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("Basic realm=\"dimple\"");
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getInt("status")).isEqualTo(401);
    }

    @Test
    void problems_carryAStableCode_besideTheWordsInTheRequestsLanguage() {
        Http.Answer refused = api().get("api/admin/users", "emma");
        assertThat(refused.json().getString("code")).isEqualTo("refusal.notAllowed");
        assertThat(refused.json().getString("detail")).isEqualTo("You are not allowed to do this.");

        Http.Answer invalid = api().post("api/admin/teams", "admin", "{\"name\":\"  \"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().getString("code")).isEqualTo("input.required");
        assertThat(invalid.json().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("input.required");
        assertThat(invalid.json().getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("Team name is required.");
    }

    @Test
    void problems_inGerman_forAGermanCaller_andInEnglish_forALanguageDimpleDoesNotSpeak() {
        Http.Answer german = api().send(api().request("api/admin/users", "emma").header("Accept-Language", "de-DE,de;q=0.9").GET().build());
        assertThat(german.status()).isEqualTo(403);
        assertThat(german.json().getString("code")).isEqualTo("refusal.notAllowed");
        assertThat(german.json().getString("detail")).isEqualTo("Das dürfen Sie nicht tun.");

        Http.Answer french = api().send(api().request("api/admin/users", "emma").header("Accept-Language", "fr-FR,fr;q=0.9").GET().build());
        assertThat(french.json().getString("code")).isEqualTo("refusal.notAllowed");
        assertThat(french.json().getString("detail")).isEqualTo("You are not allowed to do this.");
    }

    @Test
    void api_createsNoSession() {
        Http.Answer answer = api().get("api/me", "emma");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Set-Cookie")).isEmpty();
    }

    @Test
    void me_showsEachDemoAccountWithTheRolesAndTeamsOfTheContract() {
        assertMe("emma", List.of("EMPLOYEE"), List.of("Front Desk"), List.of());
        assertMe("eli", List.of("EMPLOYEE"), List.of("Online Orders"), List.of());
        assertMe("lena", List.of("EMPLOYEE", "LEADER"), List.of("Front Desk"), List.of("Front Desk"));
        assertMe("leo", List.of("EMPLOYEE", "LEADER"), List.of("Online Orders"), List.of("Online Orders"));
        assertMe("hana", List.of("HR"), List.of(), List.of());
        assertMe("admin", List.of("ADMIN"), List.of(), List.of());
    }

    private void assertMe(String user, List<String> roles, List<String> teams, List<String> leads) {
        JsonObject me = api().get("api/me", user).json();
        assertThat(me.getString("username")).isEqualTo(user);
        assertThat(me.getString("displayName")).isNotBlank();
        assertThat(strings(me, "roles")).containsExactlyInAnyOrderElementsOf(roles);
        assertThat(strings(me, "teams")).containsExactlyInAnyOrderElementsOf(teams);
        assertThat(strings(me, "leads")).containsExactlyInAnyOrderElementsOf(leads);
    }

    private static List<String> strings(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void adminApi_refusesAnEmployee_atTheServiceLayer_with403() {
        Http.Answer answer = api().get("api/admin/users", "emma");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        Http.Answer creating = api().post("api/admin/teams", "lena", "{\"name\":\"" + unique("Sneaky ") + "\"}");
        assertThat(creating.status()).isEqualTo(403);
    }

    @Test
    void malformedJson_isA400Problem_notAServerError() {
        Http.Answer answer = api().post("api/admin/teams", "admin", "{\"name\": ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at dimple.");
    }

    @Test
    void anOversizedBody_isRefusedWith413() {
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        Http.Answer answer = api().post("api/admin/teams", "admin", huge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownApiPath_is404ProblemJson() {
        Http.Answer answer = api().get("api/no-such-thing", "emma");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    // --- admin API ---

    @Test
    void admin_opensAnAccount_thatCanSignInWithItsRolesAndTeams() {
        String name = unique("ann");
        Http.Answer created = api().post("api/admin/users", "admin", """
                {"username":"%s","displayName":"Ann <b>Example</b>","password":"correct horse battery","roles":["EMPLOYEE","LEADER"],
                 "teams":["Front Desk"],"leads":["Online Orders"]}""".formatted(name));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location").orElseThrow()).endsWith("/api/admin/users/" + name);
        JsonObject me = api().get("api/me", name + ":correct horse battery").json();
        assertThat(me.getString("displayName")).isEqualTo("Ann <b>Example</b>");
        assertThat(strings(me, "teams")).containsExactlyInAnyOrder("Front Desk", "Online Orders");
        assertThat(strings(me, "leads")).containsExactly("Online Orders");
        Http.Answer audit = api().get("api/admin/audit?action=ACCOUNT_CREATED&size=100", "admin");
        assertThat(audit.body()).contains(name).doesNotContain("correct horse battery");
    }

    @Test
    void wrongInputToCreateAccount_namesEveryField_andSavesNothing() {
        String name = unique("bad");
        Http.Answer answer = api().post("api/admin/users", "admin", """
                {"username":"%s","displayName":"","password":"short","roles":["WIZARD"],"teams":["No Such Team"],"leads":[]}"""
                .formatted(name));
        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertThat(fields).contains("displayName", "password", "roles", "teams");
        assertThat(api().get("api/admin/users/" + name, "admin").status()).isEqualTo(404);
    }

    @Test
    void aFieldOfTheWrongType_isNamedInThe400() {
        Http.Answer answer = api().post("api/admin/users", "admin", """
                {"username":"x%s","displayName":"X","password":"a long enough passphrase","roles":"ADMIN"}""".formatted(unique("")));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("roles");
    }

    @Test
    void aTakenUsername_isRefusedWithTheFieldNamed() {
        Http.Answer answer = api().post("api/admin/users", "admin", """
                {"username":"emma","displayName":"Another Emma","password":"a long enough passphrase","roles":["EMPLOYEE"]}""");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"username\"");
    }

    @Test
    void teams_canBeCreatedAndRenamed_butNamesStayUnique() {
        String name = unique("Returns ");
        Http.Answer created = api().post("api/admin/teams", "admin", "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().getString("id");
        Http.Answer duplicate = api().post("api/admin/teams", "admin", "{\"name\":\"" + name.toUpperCase(Locale.ROOT) + "\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body()).contains("\"field\":\"name\"");
        Http.Answer renamed = api().patch("api/admin/teams/" + id, "admin", "{\"name\":\"" + name + " and Exchanges\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo(name + " and Exchanges");
        assertThat(api().patch("api/admin/teams/not-an-id", "admin", "{\"name\":\"x\"}").status()).isEqualTo(404);
    }

    @Test
    void disablingAnAccount_stopsItsApiAccessAtOnce() {
        String name = unique("dora");
        String credentials = createUser(name, "[\"EMPLOYEE\"]", "[]", "[]");
        assertThat(api().get("api/me", credentials).status()).isEqualTo(200);
        assertThat(api().post("api/admin/users/" + name + "/disable", "admin", "{}").status()).isEqualTo(200);
        assertThat(api().get("api/me", credentials).status()).isEqualTo(401);
        assertThat(api().post("api/admin/users/" + name + "/enable", "admin", "{}").status()).isEqualTo(200);
        assertThat(api().get("api/me", credentials).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswords_slowDownOnlyTheAddressTheyComeFrom_andTheRefusalLooksLikeAnUnknownAccount() {
        String name = unique("slow");
        String credentials = createUser(name, "[\"EMPLOYEE\"]", "[]", "[]");
        String guesser = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        Http.Answer unknown = from(guesser, "api/me", unique("nobody") + ":wrong password here");
        for (int i = 0; i < 2; i++) {
            Http.Answer refused = from(guesser, "api/me", name + ":wrong password " + i);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo(unknown.body());
        }
        // The third failure starts a wait of 1 s, doubling with each failure after a wait: wait them out to reach 8 s.
        for (int i = 2; i < 6; i++) {
            Http.Answer refused = from(guesser, "api/me", name + ":wrong password " + i);
            if (refused.status() == 429) {
                sleepSeconds(Long.parseLong(refused.header("Retry-After").orElseThrow()));
                refused = from(guesser, "api/me", name + ":wrong password " + i);
            }
            assertThat(refused.status()).isEqualTo(401);
        }

        Http.Answer waiting = from(guesser, "api/me", credentials);
        assertThat(waiting.status()).as("the guessing address waits, even with the right password").isEqualTo(429);
        assertThat(waiting.header("Retry-After")).isPresent();
        assertThat(waiting.contentType()).startsWith("application/problem+json");
        assertThat(from("198.51.100.7", "api/me", credentials).status()).as("the person, elsewhere, is never locked out").isEqualTo(200);
        assertThat(api().get("api/admin/audit?action=SIGN_IN_DELAYED&size=100", "admin").body()).contains(name);

        JsonObject delay = api().get("api/admin/sign-in-delays", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> name.equals(d.getString("username", null))).findFirst().orElseThrow();
        Http.Answer cleared = api().send(api().request("api/admin/sign-in-delays/" + delay.getString("id"), "admin")
                .header("Content-Type", "application/json").DELETE().build());
        assertThat(cleared.status()).isEqualTo(204);
        assertThat(from(guesser, "api/me", credentials).status()).isEqualTo(200);
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Http.Answer from(String address, String path, String credentials) {
        return api().send(api().request(path, credentials).header("X-Forwarded-For", address).GET().build());
    }

    @Test
    void aPasswordChange_requiresTheCurrentPassword_andTakesEffectAtOnce() {
        String name = unique("pat");
        String credentials = createUser(name, "[\"EMPLOYEE\"]", "[]", "[]");
        Http.Answer wrong = api().post("api/me/password", credentials, "{\"currentPassword\":\"not it at all\",\"newPassword\":\"a brand new passphrase\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"currentPassword\"");
        Http.Answer weak = api().post("api/me/password", credentials, "{\"currentPassword\":\"a long enough passphrase\",\"newPassword\":\"password1234\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("\"field\":\"newPassword\"");
        Http.Answer changed = api().post("api/me/password", credentials, "{\"currentPassword\":\"a long enough passphrase\",\"newPassword\":\"a brand new passphrase\"}");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api().get("api/me", credentials).status()).isEqualTo(401);
        assertThat(api().get("api/me", name + ":a brand new passphrase").status()).isEqualTo(200);
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordPage_countLikeFailedSignIns_althoughEachChangeIsRefused() {
        String name = unique("guess");
        createUser(name, "[\"EMPLOYEE\"]", "[]", "[]");
        CookieManager cookies = new CookieManager();
        Http browser = Http.browserLike(base, cookies);
        Http.Answer form = browser.get("login.xhtml", null);
        browser.postForm("login.xhtml", formBody(form.body(), "signInForm", "signInForm:username", name,
                "signInForm:password", "a long enough passphrase", "signInForm:submit", ""));
        Http.Answer page = browser.get("account/password.xhtml", null);
        assertThat(page.status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            page = browser.postForm("account/password.xhtml", formBody(page.body(), "passwordForm",
                    "passwordForm:currentPassword", "guess number " + i, "passwordForm:newPassword", "a brand new passphrase",
                    "passwordForm:repeatPassword", "a brand new passphrase", "passwordForm:change", ""));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).containsAnyOf("The current password is not right.", "Too many wrong passwords");
        }
        assertThat(page.body()).contains("Too many wrong passwords");
        assertThat(api().get("api/admin/audit?action=SIGN_IN_DELAYED&size=100", "admin").body()).contains(name);
        assertThat(api().send(api().request("api/me", name + ":a long enough passphrase").header("X-Forwarded-For", "198.51.100.8").GET().build())
                .status()).as("never locked out from elsewhere").isEqualTo(200);
    }

    @Test
    void theAuditLog_isForAdminsOnly_andFiltersByAction() {
        assertThat(api().get("api/admin/audit", "hana").status()).isEqualTo(403);
        Http.Answer answer = api().get("api/admin/audit?action=SIGNED_IN&size=5", "admin");
        assertThat(answer.status()).isEqualTo(200);
        JsonObject page = answer.json();
        assertThat(page.getInt("size")).isEqualTo(5);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class)).allSatisfy(e -> assertThat(e.getString("action")).isEqualTo("SIGNED_IN"));
        assertThat(api().get("api/admin/audit?size=101", "admin").status()).isEqualTo(400);
        assertThat(api().get("api/admin/audit?page=abc", "admin").status()).isEqualTo(400);
    }

    // --- pages: sign-in rotates the session, sign-out ends it ---

    @Test
    void signingInOnThePage_rotatesTheSession_andSigningOutEndsIt() {
        CookieManager cookies = new CookieManager();
        Http browser = Http.browserLike(base, cookies);
        Http.Answer form = browser.get("login.xhtml", null);
        String before = sessionId(cookies);
        assertThat(before).isNotNull();
        Http.Answer signedIn = browser.postForm("login.xhtml", formBody(form.body(), "signInForm",
                "signInForm:username", "lena", "signInForm:password", Http.DEMO_PASSWORD, "signInForm:submit", ""));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.header("Location").orElseThrow()).contains("index.xhtml");
        String after = sessionId(cookies);
        assertThat(after).isNotNull().isNotEqualTo(before);

        Http.Answer home = browser.get("index.xhtml", null);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome, Lena Leader");

        Http.Answer signedOut = browser.postForm("index.xhtml", formBody(home.body(), "signOutForm", "signOutForm:signOut", "Sign out"));
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.header("Location").orElseThrow()).contains("login.xhtml");
        // The old session id is worth nothing now.
        HttpRequest replay = HttpRequest.newBuilder(browser.resolve("index.xhtml")).header("Cookie", "JSESSIONID=" + after).GET().build();
        Http.Answer again = Http.api(base).send(replay);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.header("Location").orElseThrow()).contains("login.xhtml");
    }

    @Test
    void aWrongPasswordOnThePage_showsOneMessageThatRevealsNothing() {
        CookieManager cookies = new CookieManager();
        Http browser = Http.browserLike(base, cookies);
        Http.Answer form = browser.get("login.xhtml", null);
        Http.Answer refused = browser.postForm("login.xhtml", formBody(form.body(), "signInForm",
                "signInForm:username", unique("ghost"), "signInForm:password", "whatever it is", "signInForm:submit", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("That did not work").doesNotContain("does not exist").doesNotContain("at dimple.");
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /** The nonce a page without PrimeFaces' script (the sign-in page, ADR 38) writes into its form itself. */
    private static final Pattern FORM_NONCE = Pattern.compile("name=\"primefaces\\.nonce\" value=\"([^\"]+)\"");

    /**
     * The form post a browser would send: the form's marker, the fields, the page's view state, and the page's
     * script nonce, which PrimeFaces' script adds to every form and checks on a postback (ADR 16), or which the
     * form carries itself where that script is not loaded.
     */
    static String formBody(String page, String formId, String... fields) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertThat(matcher.find()).as("view state in page").isTrue();
        StringBuilder body = new StringBuilder(enc(formId) + "=" + enc(formId));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        body.append("&jakarta.faces.ViewState=").append(enc(matcher.group(1)));
        Matcher nonce = CSP_NONCE.matcher(page);
        if (!nonce.find()) {
            nonce = FORM_NONCE.matcher(page);
        }
        if (nonce.find(0)) {
            body.append("&primefaces.nonce=").append(enc(nonce.group(1)));
        }
        return body.toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
