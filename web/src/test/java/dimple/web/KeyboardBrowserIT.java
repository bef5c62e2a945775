package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Dimple with the keyboard alone (issue 12): a report filed, a report triaged, a coaching record acknowledged and a chart's
 * numbers read, each with Tab, Shift+Tab, Enter, Space and the arrow keys only, never a click; every Tab stop on the way
 * shows its focus, and every page's first Tab stop is the skip link to the main content. Form errors are tied to their
 * fields and announced.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardBrowserIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void anEmployeeSignsIn_andFilesAConfidentialReport_withTheKeyboardAlone() {
        String title = "Keys handed to the wrong guest " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser emma = Browser.open(base)) {
            Keyboard keys = new Keyboard(emma);
            signIn(emma, keys, "emma");
            keys.tabToText("Report a mistake");
            keys.enterAndWaitFor("report/new.xhtml");
            keys.skipToMain();
            keys.tabToId("reportForm:title");
            keys.type(title);
            keys.tabToId("reportForm:narrative");
            keys.type("Two guests arrived together and the second key card went to the first guest.");
            // back to the title with Shift+Tab: what was typed is still there
            keys.shiftTabTo("the title", f -> f.id().equals("reportForm:title"));
            assertThat(keys.element().getAttribute("value")).isEqualTo(title);
            keys.tabToId("reportForm:kind");
            arrowDownUntilChosen(emma, keys, "reportForm:kind");
            keys.tabToId("reportForm:customerImpact");
            arrowDownUntilChosen(emma, keys, "reportForm:customerImpact");
            keys.tabToId("reportForm:reporterMode:0");
            keys.press(Keys.ARROW_DOWN);
            assertThat(keys.focused().id()).as("the arrow moves to, and picks, the next choice").isEqualTo("reportForm:reporterMode:1");
            keys.assertShown(keys.focused());
            assertThat(emma.driver().findElement(By.id("reportForm:reporterMode:1")).isSelected()).isTrue();
            keys.tabToText("Submit report");
            emma.screenshotsAtBothWidths("keyboard-report-submit");
            keys.enterAndWaitFor("received=true");

            String receipt = emma.driver().findElement(By.id("receiptNumber")).getText();
            assertThat(receipt).as("a confidential report's receipt").matches("C-\\d{4}-\\w{4}-\\w{4}");
            assertThat(emma.heading()).isEqualTo(title);
            assertThat(Http.api(base).get("api/reports?mine=true&size=100", "emma").json().getJsonArray("items").getValuesAs(JsonObject.class))
                    .as("the report is filed").anySatisfy(r -> {
                        assertThat(r.getString("number")).isEqualTo(receipt);
                        assertThat(r.getString("title")).isEqualTo(title);
                        assertThat(r.getString("reporterMode")).isEqualTo("CONFIDENTIAL");
                    });
            System.out.println("KeyboardBrowserIT: filing a report took " + keys.stops().size() + " Tab stops");
        }
    }

    @Test
    void aLeaderTriagesAReportAsNoted_withTheKeyboardAlone() {
        Http api = Http.api(base);
        String occurredAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        Http.Answer filed = api.post("api/reports", "emma", Json.createObjectBuilder()
                .add("title", "Breakfast voucher missing " + UUID.randomUUID().toString().substring(0, 8))
                .add("narrative", "The voucher printer was out of paper at check-in.").add("occurredAt", occurredAt)
                .add("team", "Front Desk").add("kind", "NO_HARM").add("customerImpact", "NONE").add("reporterMode", "NAMED")
                .build().toString());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().getString("id");
        String number = filed.json().getString("number");

        try (Browser lena = Browser.open(base)) {
            Keyboard keys = new Keyboard(lena);
            signIn(lena, keys, "lena");
            keys.tabToText("Team inbox");
            keys.enterAndWaitFor("report/inbox.xhtml");
            keys.skipToMain();
            keys.tabToText(number);
            keys.enterAndWaitFor("report/view.xhtml");
            keys.skipToMain();
            keys.tabTo("the decision", f -> f.id().startsWith("triageForm:decision:"));
            for (int i = 0; i < 5 && !"NOTED".equals(keys.focused().text()); i++) {
                keys.press(Keys.ARROW_DOWN);
                keys.assertShown(keys.focused());
            }
            assertThat(keys.focused().text()).isEqualTo("NOTED");
            keys.press(Keys.SPACE);
            assertThat(keys.element().isSelected()).isTrue();
            keys.tabToId("triageForm:note");
            keys.type("Thank you: we added paper to the morning checklist.");
            keys.tabToText("Triage");
            lena.screenshotsAtBothWidths("keyboard-triage", By.id("triageHeading"));
            keys.press(Keys.ENTER);
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("triageOutcome")));
            assertThat(lena.driver().findElement(By.id("triageOutcome")).getText()).isEqualTo("Noted");
            assertThat(api.get("api/reports/" + id, "lena").json().getString("status")).as("the state changed").isEqualTo("NOTED");
        }
    }

    @Test
    void anEmployeeAcknowledgesACoachingRecord_withTheKeyboardAlone() {
        Http api = Http.api(base);
        String topic = "Handover notes at shift change " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Http.Answer drafted = api.post("api/coaching-records", "lena", Json.createObjectBuilder().add("employee", "emma")
                .add("heldAt", today.toString()).add("topic", topic)
                .add("expectation", "Open items are written in the handover book before leaving.")
                .add("observations", "Two open requests were told only by word of mouth.")
                .add("agreedActions", "Use the handover book for every open request.").add("followUpDate", today.plusDays(14).toString())
                .build().toString());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().getString("id");
        assertThat(api.post("api/coaching-records/" + id + "/share", "lena", "").status()).isEqualTo(200);

        try (Browser emma = Browser.open(base)) {
            Keyboard keys = new Keyboard(emma);
            signIn(emma, keys, "emma");
            keys.tabToText("About me");
            keys.enterAndWaitFor("coaching/mine.xhtml");
            keys.skipToMain();
            keys.tabToText(topic);
            keys.enterAndWaitFor("coaching/record.xhtml");
            keys.skipToMain();
            keys.tabToText("Acknowledge");
            emma.screenshotsAtBothWidths("keyboard-acknowledge", By.id("responseHeading"));
            keys.press(Keys.SPACE);
            emma.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "Acknowledged"));
            emma.go("coaching/record.xhtml?id=" + id);
            assertThat(emma.driver().findElement(By.id("decision")).getText()).as("kept").isEqualTo("Acknowledged");
            assertThat(emma.driver().findElements(By.id("respondForm"))).as("nothing left to answer").isEmpty();
        }
    }

    @Test
    void theChartsNumbers_showAsATable_fromTheKeyboard_withTheChartsFigures() {
        try (Browser lena = Browser.open(base)) {
            Keyboard keys = new Keyboard(lena);
            signIn(lena, keys, "lena");
            keys.tabToText("Insights");
            keys.enterAndWaitFor("insights.xhtml");
            lena.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reportsChart canvas")));
            keys.skipToMain();
            WebElement toggle = lena.driver().findElement(By.id("reportsNumbersToggle"));
            WebElement table = lena.driver().findElement(By.id("reportsNumbers"));
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(toggle.getAttribute("aria-controls")).isEqualTo("reportsNumbers");
            assertThat(table.isDisplayed()).as("folded until asked for").isFalse();
            keys.tabToId("reportsNumbersToggle");
            assertThat(keys.focused().text()).isEqualTo("Show the numbers");
            lena.screenshotsAtBothWidths("keyboard-insights-folded", By.cssSelector("section[aria-label='Reports per month by kind']"));
            keys.press(Keys.ENTER);
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(toggle.getText()).isEqualTo("Hide the numbers");
            assertThat(table.isDisplayed()).isTrue();
            assertThat(table.findElement(By.tagName("caption")).getText()).isEqualTo("Reports per month, by kind");

            // the table holds the figures the chart draws: per month, per kind
            @SuppressWarnings("unchecked")
            Map<String, Object> chart = (Map<String, Object>) ((JavascriptExecutor) lena.driver()).executeScript(
                    "var d = PrimeFaces.widgets['widget_reportsChart'].chart.data;"
                    + " return { months: d.labels, kinds: d.datasets.map(function (s) { return s.label; }),"
                    + " counts: d.datasets.map(function (s) { return s.data; }) };");
            List<?> months = (List<?>) chart.get("months");
            assertThat(months).as("the demo data has reports").isNotEmpty();
            List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
            assertThat(rows).hasSameSizeAs(months);
            List<String> columns = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
            assertThat(columns.subList(1, columns.size() - 1)).isEqualTo(chart.get("kinds"));
            for (int m = 0; m < months.size(); m++) {
                WebElement row = rows.get(m);
                assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo(months.get(m));
                List<WebElement> cells = row.findElements(By.tagName("td"));
                long total = 0;
                for (int k = 0; k < columns.size() - 2; k++) {
                    long count = ((Number) ((List<?>) ((List<?>) chart.get("counts")).get(k)).get(m)).longValue();
                    assertThat(cells.get(k).getText()).as(months.get(m) + " " + columns.get(k + 1)).isEqualTo(String.valueOf(count));
                    total += count;
                }
                assertThat(cells.get(cells.size() - 1).getText()).as("all kinds in " + months.get(m)).isEqualTo(String.valueOf(total));
            }
            lena.screenshotsAtBothWidths("keyboard-insights-numbers", By.id("reportsNumbers"));

            // on a phone the table scrolls inside its own box, the page does not
            ((ChromeDriver) lena.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            lena.waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return document.documentElement.clientWidth;")).intValue() <= 390);
            assertThat(((JavascriptExecutor) lena.driver()).executeScript(
                    "return document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth;")).isEqualTo(true);
            ((ChromeDriver) lena.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

            keys.press(Keys.SPACE);
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(table.isDisplayed()).isFalse();

            List<WebElement> outcomes = lena.driver().findElements(By.id("outcomesNumbersToggle"));
            if (!outcomes.isEmpty()) {
                keys.tabToId("outcomesNumbersToggle");
                keys.press(Keys.ENTER);
                WebElement outcomeTable = lena.driver().findElement(By.id("outcomesNumbers"));
                assertThat(outcomeTable.isDisplayed()).isTrue();
                @SuppressWarnings("unchecked")
                Map<String, Object> doughnut = (Map<String, Object>) ((JavascriptExecutor) lena.driver()).executeScript(
                        "var d = PrimeFaces.widgets['widget_recoveryChart'].chart.data;"
                        + " return { labels: d.labels, counts: d.datasets[0].data };");
                List<String> shown = outcomeTable.findElements(By.cssSelector("tbody tr")).stream()
                        .map(r -> r.findElement(By.tagName("th")).getText() + " " + r.findElement(By.tagName("td")).getText()).toList();
                List<?> labels = (List<?>) doughnut.get("labels");
                List<?> counts = (List<?>) doughnut.get("counts");
                assertThat(shown).hasSameSizeAs(labels);
                for (int i = 0; i < labels.size(); i++) {
                    assertThat(shown.get(i)).isEqualTo(labels.get(i) + " " + ((Number) counts.get(i)).longValue());
                }
            }
        }
    }

    @Test
    void formErrors_areTiedToTheirFields_andAnnounced_onTheReportFormAndAnAdminForm() {
        try (Browser emma = Browser.open(base)) {
            Keyboard keys = new Keyboard(emma);
            signIn(emma, keys, "emma");
            emma.go("report/new.xhtml");
            keys.skipToMain();
            keys.tabToText("Submit report");
            keys.press(Keys.ENTER);
            emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reportForm > .error-summary")));
            assertTiedAndAnnounced(emma, "reportForm:title");
            assertTiedAndAnnounced(emma, "reportForm:narrative");
            assertTiedAndAnnounced(emma, "reportForm:kind");
            // The focus moves to the first field to fix, shown with its ring.
            emma.waiting().until(d -> keys.focused().id().equals("reportForm:title"));
            keys.assertShown(keys.focused());
            emma.screenshotsAtBothWidths("keyboard-report-errors");
        }
        try (Browser admin = Browser.open(base)) {
            Keyboard keys = new Keyboard(admin);
            signIn(admin, keys, "admin");
            admin.go("admin/account.xhtml");
            keys.skipToMain();
            keys.tabToId("accountForm:username");
            keys.type("new.keyboard.person");
            keys.tabToId("accountForm:displayName");
            keys.type("New Keyboard Person");
            keys.tabToId("accountForm:password");
            keys.type("short");
            keys.tabTo("the save button", f -> f.id().equals("accountForm:save"));
            keys.press(Keys.ENTER);
            admin.waiting().until(ExpectedConditions.attributeToBe(By.id("accountForm:password"), "aria-invalid", "true"));
            admin.waiting().until(d -> keys.focused().id().equals("accountForm:password"));
            assertTiedAndAnnounced(admin, "accountForm:password");
            assertThat(admin.driver().findElement(By.id("accountForm:displayName")).getAttribute("value")).as("nothing lost")
                    .isEqualTo("New Keyboard Person");
            admin.screenshotsAtBothWidths("keyboard-account-errors");
        }
    }

    /**
     * The field is marked invalid, names its message in aria-describedby, and that message is shown, says something and
     * is announced: it sits in a live region (role alert or status, or aria-live), or the field has the focus.
     */
    private static void assertTiedAndAnnounced(Browser browser, String fieldId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tie = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var field = document.getElementById(arguments[0]);
                var ids = (field.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
                var messages = ids.map(function (id) { return document.getElementById(id); }).filter(function (m) {
                  return m && m.closest('.ui-message-error, .date-message, [role=alert]') && m.innerText.trim(); });
                var message = messages[0];
                var live = message && message.closest('[aria-live=polite], [aria-live=assertive], [role=alert], [role=status]');
                return { invalid: field.getAttribute('aria-invalid'), describedBy: ids.join(' '), message: message ? message.innerText.trim() : '',
                         shown: !!message && message.getClientRects().length > 0, live: !!live, focused: document.activeElement === field };
                """, fieldId);
        assertThat(tie.get("invalid")).as(fieldId + " aria-invalid").isEqualTo("true");
        assertThat((String) tie.get("message")).as(fieldId + ": a message named by aria-describedby (" + tie.get("describedBy") + ")").isNotBlank();
        assertThat(tie.get("shown")).as(fieldId + ": its message is shown").isEqualTo(true);
        assertThat(Boolean.TRUE.equals(tie.get("live")) || Boolean.TRUE.equals(tie.get("focused")))
                .as(fieldId + ": its message is announced (a live region, or the focus on the field)").isTrue();
    }

    /** Signs in from the login page with the keyboard: the skip link, the two fields, Enter. */
    private static void signIn(Browser browser, Keyboard keys, String username) {
        browser.go("login.xhtml");
        keys.skipToMain();
        keys.tabToId("signInForm:username");
        keys.type(username);
        keys.tabToId("signInForm:password");
        keys.type(Http.DEMO_PASSWORD);
        keys.press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        browser.waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    /** Arrow down in a closed select menu picks the next choice, as a person does who knows the list. */
    private static void arrowDownUntilChosen(Browser browser, Keyboard keys, String menu) {
        keys.press(Keys.ARROW_DOWN);
        browser.waiting().until(d -> !browser.chosen(menu).startsWith("Choose"));
        keys.assertShown(keys.focused());
    }
}
