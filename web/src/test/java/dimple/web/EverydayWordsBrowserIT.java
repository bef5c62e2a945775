package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The small everyday words of issue 19, walked as people do in Chromium: the team inbox's word search and its
 * first view (awaiting triage), the audit log and the accounts in words, the confirm steps before sharing a
 * coaching record and disabling an account, a 404 inside the normal layout, the insights doughnut of closed
 * cases, and a lesson told once, in sections; and, for a person who chose German, the leftovers of issue 13: the
 * character counter, the "Not allowed" page, the reports chart and the days. Each changed page is shot at desktop and at
 * phone width (390 px).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EverydayWordsBrowserIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void theTeamInbox_opensOnReportsAwaitingTriage_andFindsReportsByTheirWords() {
        String word = "zebra" + suffix();
        JsonObject waiting = file("emma", "Front Desk", "Key card for room 214 " + word, "The card opened the wrong room.");
        JsonObject triaged = file("emma", "Front Desk", "Minibar list " + word, "The minibar list was out of date.");
        assertThat(Http.api(base).post("api/reports/" + triaged.getString("id") + "/triage", "lena", "{\"decision\":\"NOTED\",\"note\":\"Thank you, the list is updated.\"}").status())
                .isEqualTo(200);

        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("report/inbox.xhtml");
            assertThat(lena.chosen("inboxForm:status")).isEqualTo("Submitted, awaiting triage");
            assertThat(rows(lena)).contains(waiting.getString("number")).doesNotContain(triaged.getString("number"));

            lena.type("inboxForm:words", word.toUpperCase());
            lena.click(By.id("inboxForm:search")).settled();
            lena.waiting().until(d -> d.findElements(By.cssSelector("[id='inboxForm:reports_data'] > tr")).size() == 1);
            assertThat(rows(lena)).contains(waiting.getString("number")).doesNotContain(triaged.getString("number"));

            lena.choose("inboxForm:status", "All states");
            lena.click(By.id("inboxForm:search")).settled();
            lena.waiting().until(d -> rows(lena).contains(triaged.getString("number")));
            assertThat(rows(lena)).contains(waiting.getString("number"));
            shots(lena, "inbox-words");

            lena.type("inboxForm:words", "minibar " + word);
            lena.click(By.id("inboxForm:search")).settled();
            lena.waiting().until(d -> !rows(lena).contains(waiting.getString("number")));
            assertThat(rows(lena)).contains(triaged.getString("number"));

            lena.go("report/inbox.xhtml?status=all");
            assertThat(lena.chosen("inboxForm:status")).as("a link can open every state").isEqualTo("All states");
            assertThat(rows(lena)).contains(triaged.getString("number"));
            // Every state is more than a page (the demo's reports and these): the pager moves on and back, twenty at a time.
            String firstPage = rows(lena);
            assertThat(lena.driver().findElement(By.id("inboxForm:previousPage")).isEnabled()).isFalse();
            lena.click(By.id("inboxForm:nextPage"));
            lena.waiting().until(d -> d.findElement(By.cssSelector(".plain-pager-position")).getText().startsWith("Page 2 of"));
            assertThat(rows(lena)).isNotEqualTo(firstPage).doesNotContain(triaged.getString("number"));
            lena.click(By.id("inboxForm:previousPage"));
            lena.waiting().until(d -> d.findElement(By.cssSelector(".plain-pager-position")).getText().startsWith("Page 1 of"));
            assertThat(rows(lena)).contains(triaged.getString("number"));
            lena.go("report/inbox.xhtml?status=NONSENSE");
            assertThat(lena.chosen("inboxForm:status")).isEqualTo("Submitted, awaiting triage");
        }
    }

    @Test
    void theInboxApi_takesTypedWordsAsQ_andLeavesEverythingElseAsItWas() {
        String word = "quokka" + suffix();
        JsonObject filed = file("emma", "Front Desk", "Umbrella stand " + word, "Nobody knew whose umbrella it was.");
        file("emma", "Front Desk", "Umbrella stand again " + suffix(), "A second umbrella.");
        Http api = Http.api(base);

        Http.Answer found = api.get("api/reports?team=" + URLEncoder.encode("Front Desk", StandardCharsets.UTF_8) + "&q=" + word, "lena");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().getInt("total")).isEqualTo(1);
        assertThat(found.json().getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(filed.getString("id"));
        assertThat(api.get("api/reports?q=" + word, "leo").json().getInt("total")).as("only the teams the caller leads").isZero();
        assertThat(api.get("api/reports?q=umbrella&size=100", "lena").json().getInt("total")).isGreaterThanOrEqualTo(2);
        Http.Answer tooLong = api.get("api/reports?q=" + "x".repeat(201), "lena");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("q");
    }

    @Test
    void theAuditLogAndTheAccounts_speakInWords_withAPickListOfActions() {
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", Http.DEMO_PASSWORD);
            admin.go("admin/accounts.xhtml");
            admin.type("accountsForm:q", "lena");
            admin.click(By.id("accountsForm:search")).settled();
            admin.waiting().until(d -> !table(admin, "accountsForm:accounts").contains("Emma Employee"));
            assertThat(table(admin, "accountsForm:accounts")).contains("Employee, Leader").doesNotContain("[", "EMPLOYEE", "LEADER");
            shots(admin, "accounts-roles");

            admin.go("admin/audit.xhtml");
            admin.choose("auditForm:action", "Signed in");
            admin.type("auditForm:actor", "admin");
            admin.click(By.id("auditForm:search")).settled();
            admin.waiting().until(d -> table(admin, "auditForm:entries").contains("Account admin"));
            assertThat(table(admin, "auditForm:entries")).contains("Signed in").doesNotContain("SIGNED_IN", "Sign-in failed");
            shots(admin, "audit-words");

            admin.choose("auditForm:action", "Any action");
            admin.type("auditForm:actor", "");
            admin.click(By.id("auditForm:search")).settled();
            admin.waiting().until(d -> table(admin, "auditForm:entries").contains("Report "));
            // The action and the target of every entry on the page; the detail column keeps the recorded facts as they are.
            String entries = String.join("\n", admin.driver().findElements(By.cssSelector(
                    "[id='auditForm:entries_data'] td:nth-child(3), [id='auditForm:entries_data'] td:nth-child(4)")).stream()
                    .map(WebElement::getText).toList());
            assertThat(entries).contains("Report R-").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                    .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
        }
    }

    @Test
    void sharingACoachingRecord_asksFirst_andEscapeKeepsItADraft() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String topic = "Key cards at the evening handover " + suffix();
        String body = Json.createObjectBuilder().add("employee", "emma").add("heldAt", today.toString()).add("topic", topic)
                .add("expectation", "Check the room number on the encoder.").add("observations", "Two cards were cut for 241.")
                .add("agreedActions", "Read the number back to the guest.").add("followUpDate", today.plusDays(14).toString()).build().toString();
        Http.Answer drafted = Http.api(base).post("api/coaching-records", "lena", body);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().getString("id");

        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("coaching/record.xhtml?id=" + id);
            lena.click(By.id("coachForm:share"));
            WebElement dialog = lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("coachForm:confirm")));
            assertThat(dialog.getText()).contains("Share this record?").contains("The person it is about will be able to read");
            assertThat(focusIsIn(lena, "coachForm:confirm")).as("the keyboard is in the dialog").isTrue();
            shots(lena, "coaching-share-confirm");
            new Actions(lena.driver()).sendKeys(Keys.ESCAPE).perform();
            lena.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("coachForm:confirm")));
            assertThat(Http.api(base).get("api/coaching-records/" + id, "lena").json().getString("status")).isEqualTo("DRAFT");

            lena.click(By.id("coachForm:share"));
            lena.click(By.id("coachForm:confirmYes"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Shared with Emma Employee"));
            assertThat(Http.api(base).get("api/coaching-records/" + id, "lena").json().getString("status")).isEqualTo("SHARED");
        }
    }

    @Test
    void disablingAnAccount_asksFirst_andNotYetLeavesItEnabled() {
        String username = "temp" + suffix();
        Http.Answer created = Http.api(base).post("api/admin/users", "admin", """
                {"username":"%s","displayName":"Temp Worker","password":"%s","roles":["EMPLOYEE"],"teams":["Front Desk"]}"""
                .formatted(username, "a-long-enough-password-" + suffix()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", Http.DEMO_PASSWORD);
            admin.go("admin/account.xhtml?username=" + username);
            assertThat(admin.driver().findElement(By.id("accountForm:roles")).getText()).contains("Employee", "Leader", "HR", "Administrator")
                    .doesNotContain("EMPLOYEE");
            // With the keyboard alone (issue 12): Enter opens the question, Enter on Not yet leaves it, Enter on Yes disables.
            Keyboard keys = new Keyboard(admin);
            keys.skipToMain();
            keys.tabToId("stateForm:disable");
            keys.press(Keys.ENTER);
            WebElement dialog = admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stateForm:confirm")));
            assertThat(dialog.getText()).contains("Disable account " + username + "?");
            admin.waiting().until(d -> focusIsIn(admin, "stateForm:confirm"));
            keys.assertShown(keys.focused());
            shots(admin, "account-disable-confirm");
            keys.reach("stateForm:confirmNo");
            keys.press(Keys.ENTER);
            admin.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("stateForm:confirm")));
            assertThat(admin.text()).contains("This account can sign in.");

            keys.reach("stateForm:disable");
            keys.press(Keys.ENTER);
            admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stateForm:confirmYes")));
            admin.waiting().until(d -> focusIsIn(admin, "stateForm:confirm"));
            keys.reach("stateForm:confirmYes");
            keys.press(Keys.ENTER);
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "This account is disabled."));
        }
    }

    @Test
    void aRecordOneMayNotSee_andAMissingPage_are404_insideTheNormalLayout_withNothingOfTheRecord() {
        JsonObject filed = file("eli", "Online Orders", "Parcel to the wrong address " + suffix(), "The label printer swapped two labels.");
        String path = "report/view.xhtml?id=" + filed.getString("id");

        Http emmaPages = Http.signedInPage(base, new CookieManager(), "emma", Http.DEMO_PASSWORD);
        for (String missing : List.of(path, "report/view.xhtml?id=" + UUID.randomUUID(), "no/such/page.xhtml", "nothing-here")) {
            Http.Answer answer = emmaPages.get(missing, null);
            assertThat(answer.status()).as(missing).isEqualTo(404);
            assertThat(answer.body()).as(missing).contains("Not found").contains("aria-label=\"Main\"").contains("My reports")
                    .doesNotContain(filed.getString("title")).doesNotContain(filed.getString("number")).doesNotContain("label printer");
        }

        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go(path);
            assertThat(emma.heading()).isEqualTo("Not found");
            assertThat(emma.driver().findElement(By.cssSelector("nav[aria-label='Main']")).getText()).contains("My reports");
            assertThat(emma.text()).contains("There is nothing here, or it is not yours to see.").doesNotContain(filed.getString("title"));
            shots(emma, "not-found");
            emma.click(By.linkText("My reports"));
            assertThat(emma.heading()).isEqualTo("My reports");
        }
    }

    @Test
    void theInsightsDoughnut_saysItCountsClosedCasesOnly() {
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("insights.xhtml");
            assertThat(lena.driver().findElement(By.id("outcomesCaption")).getText())
                    .isEqualTo("Only cases closed in this range count: an open case has no settled outcome yet.");
            List<WebElement> chart = lena.driver().findElements(By.cssSelector("[id='recoveryChart'] canvas, canvas[id^='recoveryChart']"));
            if (!chart.isEmpty()) {
                assertThat(chart.get(0).getAttribute("aria-label")).contains("closed in this range");
            } else {
                assertThat(lena.text()).contains("No recovery case was closed in this range.");
            }
            ((JavascriptExecutor) lena.driver()).executeScript("document.getElementById('outcomesCaption').scrollIntoView({block: 'center'});");
            shots(lena, "insights-outcomes");
        }
    }

    @Test
    void aLessonPage_tellsTheStoryOnce_inSections_withWhysAsBecause() {
        String lessonId = Http.api(base).get("api/lessons?q=" + URLEncoder.encode("Guest charged twice for one night", StandardCharsets.UTF_8), "emma").json()
                .getJsonArray("items").getJsonObject(0).getString("id");
        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go("lesson/view.xhtml?id=" + lessonId);
            List<String> headings = emma.driver().findElements(By.cssSelector("#story h3")).stream().map(WebElement::getText).toList();
            assertThat(headings).contains("What happened").doesNotContain("Contributing factors", "Actions").doesNotHaveDuplicates();
            String story = emma.driver().findElement(By.id("story")).getText();
            assertThat(story).doesNotContain("Why?");
            String page = emma.text();
            assertThat(page.indexOf("Contributing factors")).as("factors are told once, in their own section")
                    .isEqualTo(page.lastIndexOf("Contributing factors"));
            List<WebElement> whys = emma.driver().findElements(By.cssSelector("ol.whys li"));
            assertThat(whys).isNotEmpty().allSatisfy(w -> assertThat(w.getText()).startsWith("Because "));
            assertThat(page).doesNotContain("time(s)");
            ((JavascriptExecutor) emma.driver()).executeScript("document.getElementById('story').scrollIntoView({block: 'start'});");
            shots(emma, "lesson-sections");
        }
    }

    @Test
    void aPersonWhoChoseGerman_meetsNoEnglish_inTheCounterTheRefusalTheReportsChartAndTheDays() {
        String name = "munich" + suffix();
        String password = "a long enough passphrase";
        Http api = Http.api(base);
        Http.Answer created = api.post("api/admin/users", "admin", Json.createObjectBuilder().add("username", name)
                .add("displayName", "Test " + name).add("password", password).add("roles", Json.createArrayBuilder().add("EMPLOYEE").add("LEADER"))
                .add("teams", Json.createArrayBuilder().add("Front Desk")).add("leads", Json.createArrayBuilder().add("Front Desk")).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Http.Answer chosen = api.send(api.request("api/me/settings", name + ":" + password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"de\",\"timeZone\":\"Europe/Berlin\"}")).build());
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);

        Http pages = Http.signedInPage(base, new CookieManager(), name, password);
        Http.Answer refused = pages.get("admin/accounts.xhtml", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("<html lang=\"de\"").contains("Nicht erlaubt · Dimple").contains("Ihr Konto darf diese Seite nicht öffnen")
                .contains("Zur Startseite").doesNotContain("Not allowed").doesNotContain("Your account");
        String lessonId = api.get("api/lessons?q=" + URLEncoder.encode("Guest charged twice for one night", StandardCharsets.UTF_8), "emma").json()
                .getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(pages.get("lesson/view.xhtml?id=" + lessonId, null).body()).as("an open action's due day, the German way")
                .containsPattern("fällig \\d{2}\\.\\d{2}\\.\\d{4}").doesNotContainPattern("fällig \\d{4}-\\d{2}-\\d{2}");

        try (Browser munich = Browser.open(base)) {
            munich.signIn(name, password);
            munich.go("insights.xhtml");
            assertThat(munich.driver().findElement(By.cssSelector("p.lead")).getText()).as("the range's days, the German way")
                    .containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} bis \\d{2}\\.\\d{2}\\.\\d{4}\\.");
            munich.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reportsChart canvas")));
            @SuppressWarnings("unchecked")
            Map<String, Object> chart = (Map<String, Object>) ((JavascriptExecutor) munich.driver()).executeScript(
                    "var c = PrimeFaces.widgets['widget_reportsChart'].chart;"
                            + " return { title: c.options.plugins.title.text, kinds: c.data.datasets.map(function (s) { return s.label; }) };");
            assertThat(chart.get("title")).isEqualTo("Meldungen pro Monat, nach Art");
            assertThat(chart.get("kinds")).as("the legend").isEqualTo(
                    List.of("Kundschaft geschädigt", "Kein Schaden", "Beinahe passiert", "Unsicherer Zustand", "Gut aufgepasst"));
            List<String> columns = munich.driver().findElements(By.cssSelector("#reportsNumbers thead th")).stream()
                    .map(th -> th.getAttribute("textContent").strip()).toList();
            assertThat(columns).as("the table of numbers").containsExactly("Monat", "Kundschaft geschädigt", "Kein Schaden", "Beinahe passiert",
                    "Unsicherer Zustand", "Gut aufgepasst", "Alle Arten");
            munich.screenshot("everyday-german-insights-desktop");

            munich.go("lesson/board.xhtml");
            WebElement search = munich.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("boardForm:q")));
            ((JavascriptExecutor) munich.driver()).executeScript("arguments[0].focus(); arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true}));", search, "x".repeat(410));
            assertThat(munich.driver().findElement(By.id("boardForm:q_counter")).getText()).isEqualTo("Noch 90 Zeichen frei");
            ((JavascriptExecutor) munich.driver()).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true}));", search, "x".repeat(1020));
            assertThat(munich.driver().findElement(By.id("boardForm:q_counter")).getText())
                    .isEqualTo("Das sind 1.020 Zeichen; erlaubt sind 500. Nichts wurde abgeschnitten: Kürzen Sie den Text, um ihn zu senden.");
            shots(munich, "german-counter");
        }
    }

    // --- helpers ---

    private JsonObject file(String username, String team, String title, String narrative) {
        String body = Json.createObjectBuilder().add("title", title).add("narrative", narrative)
                .add("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()).add("team", team)
                .add("kind", "NEAR_MISS").add("customerImpact", "MINOR").add("reporterMode", "NAMED").build().toString();
        Http.Answer filed = Http.api(base).post("api/reports", username, body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json();
    }

    private static String rows(Browser browser) {
        return table(browser, "inboxForm:reports");
    }

    private static String table(Browser browser, String id) {
        return browser.waiting().until(d -> d.findElement(By.id(id)).getText());
    }

    private static boolean focusIsIn(Browser browser, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "var d = document.getElementById(arguments[0]); return !!d && d.contains(document.activeElement);", id));
    }

    /** A screenshot at desktop width, and one at a phone's (390 px), then back to the desktop size. */
    private static void shots(Browser browser, String name) {
        browser.screenshot("everyday-" + name + "-desktop");
        Dimension desktop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.screenshot("everyday-" + name + "-phone");
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
