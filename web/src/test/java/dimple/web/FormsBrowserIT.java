package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * How every form behaves (issue 19, minor items), walked in a real Chromium as a person would: required fields are
 * marked before anything is sent; an invalid submit lists the problems at the top and puts the cursor in the first
 * one; a text longer than its field's limit is refused with a message and never cut; a long word never makes a page
 * scroll sideways on a phone; a save refused as stale keeps the person's own text beside the current version; and
 * "Which rule" suggests the team's rules already noted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormsBrowserIT {
    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void requiredFields_areMarkedBeforeSubmit_withWordsForScreenReaders_andOneLegendPerForm() {
        try (Browser emma = Browser.open(base)) {
            width(emma, DESKTOP);
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go("report/new.xhtml");
            WebElement titleLabel = emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("label[for='reportForm:title']")));
            WebElement star = titleLabel.findElement(By.cssSelector(".ui-outputlabel-rfi"));
            assertThat(star.isDisplayed()).as("a visible mark").isTrue();
            assertThat(star.getText()).isEqualTo("*");
            assertThat(star.getAttribute("aria-hidden")).isEqualTo("true");
            emma.waiting().until(d -> !d.findElements(By.cssSelector("label[for='reportForm:title'] .required-text")).isEmpty());
            assertThat(titleLabel.findElement(By.cssSelector(".required-text")).getAttribute("textContent")).isEqualTo(" (required)");
            assertThat(attribute(emma, "reportForm:title", "aria-required")).isEqualTo("true");
            assertThat(attribute(emma, "reportForm:narrative", "aria-required")).isEqualTo("true");
            assertThat(attribute(emma, "reportForm:occurredAt", "aria-required")).as("a date field").isEqualTo("true");
            assertThat(emma.driver().findElements(By.cssSelector("#reportForm label[for^='reportForm:team'] .ui-outputlabel-rfi")))
                    .as("a select menu").hasSize(1);
            assertThat(emma.driver().findElements(By.cssSelector("#reportForm .required-legend"))).as("one legend").hasSize(1);
            assertThat(emma.driver().findElement(By.cssSelector("#reportForm .required-legend")).getText()).isEqualTo("* marks a field that must be filled in.");
            assertThat(emma.driver().findElements(By.cssSelector("label[for='reportForm:bentRuleReason'] .ui-outputlabel-rfi"))).as("optional").isEmpty();
            emma.screenshot("forms-1-required-marks-desktop");
            width(emma, PHONE);
            emma.screenshot("forms-1-required-marks-phone");
        }
    }

    @Test
    void anInvalidSubmit_focusesTheFirstInvalidField_andListsEveryProblemAtTheTop_eachALinkToItsField() {
        try (Browser emma = Browser.open(base)) {
            width(emma, DESKTOP);
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go("report/new.xhtml");
            emma.type("reportForm:title", "Only a title " + UUID.randomUUID().toString().substring(0, 8));
            emma.click(By.id("reportForm:submit"));

            WebElement summary = emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reportForm > .error-summary")));
            assertThat(summary.getAttribute("role")).as("announced").isEqualTo("alert");
            List<WebElement> links = summary.findElements(By.cssSelector("li a"));
            assertThat(links).hasSizeGreaterThanOrEqualTo(3);
            assertThat(links.get(0).getText()).isEqualTo("What happened is required.");
            assertThat(summary.getText()).contains("What kind of event: Kind is required.", "How much did customers feel it: Customer impact is required.");
            emma.waiting().until(d -> "reportForm:narrative".equals(d.switchTo().activeElement().getAttribute("id")));

            WebElement message = emma.driver().findElement(By.xpath("//*[@id='reportForm:narrative']/ancestor::div[contains(@class,'field')]//*[contains(@class,'ui-message-error')]"));
            assertThat(message.getText()).isEqualTo("What happened is required.");
            assertThat(attribute(emma, "reportForm:narrative", "aria-describedby")).as("the message is tied to its field").contains(message.getAttribute("id"));
            assertThat(attribute(emma, "reportForm:narrative", "aria-invalid")).isEqualTo("true");

            WebElement kindLink = summary.findElements(By.cssSelector("li a")).stream().filter(a -> a.getText().startsWith("What kind of event")).findFirst().orElseThrow();
            kindLink.click();
            assertThat(emma.driver().switchTo().activeElement().getTagName()).as("the select menu").isEqualTo("select");
            assertThat(emma.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("reportForm:kind");
            emma.driver().findElement(By.tagName("h1")).click();
            ((JavascriptExecutor) emma.driver()).executeScript("window.scrollTo(0, 0)");
            emma.screenshot("forms-2-invalid-submit-desktop");
            width(emma, PHONE);
            emma.screenshot("forms-2-invalid-submit-phone");
        }
    }

    @Test
    void aPasteLongerThanTheLimit_isRefusedWithAMessage_andTheTextStaysAsPasted() {
        String pasted = "The guest's key card was encoded for room 214 instead of 241 ".repeat(4).substring(0, 205);
        try (Browser emma = Browser.open(base)) {
            width(emma, DESKTOP);
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go("report/new.xhtml");
            WebElement title = emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:title")));
            ((JavascriptExecutor) emma.driver()).executeScript(
                    "arguments[0].focus(); arguments[0].value = arguments[1];"
                            + "arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));", title, pasted);
            assertThat(title.getAttribute("value")).as("nothing cut").isEqualTo(pasted);
            assertThat(emma.driver().findElement(By.id("reportForm:title_counter")).getText())
                    .isEqualTo("This is 205 characters; the limit is 200. Nothing was cut: shorten it to send it.");
            emma.type("reportForm:narrative", "The encoder's screen shows 214 and 241 alike.");
            emma.click(By.id("reportForm:submit"));

            emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reportForm > .error-summary")));
            assertThat(emma.driver().findElement(By.xpath("//*[@id='reportForm:title']/ancestor::div[contains(@class,'field')]//*[contains(@class,'ui-message-error')]")).getText())
                    .as("the server refuses it too").isEqualTo("At most 200 characters fit here; this text has 205. Nothing was cut: please shorten it.");
            assertThat(emma.driver().findElement(By.id("reportForm:title")).getAttribute("value")).as("still as pasted").isEqualTo(pasted);
            assertThat(emma.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("reportForm:title");
            emma.screenshot("forms-3-too-long-desktop");
            width(emma, PHONE);
            emma.screenshot("forms-3-too-long-phone");
        }
    }

    @Test
    void aTwoHundredCharacterWord_neverMakesAPageScrollSideways_onAPhoneOrADesktop() {
        String word = "Zimmerschlüsselkartenkodierungsgerät".repeat(6).substring(0, 200);
        String id = file(report("Long " + word.substring(0, 150) + " " + UUID.randomUUID().toString().substring(0, 6), word + " " + word)
                .add("bentRule", Json.createObjectBuilder().add("rule", word.substring(0, 190)).add("reason", word).add("valueCreated", word)));
        try (Browser emma = Browser.open(base); Browser lena = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            lena.signIn("lena", Http.DEMO_PASSWORD);
            for (int width : new int[] {PHONE, DESKTOP}) {
                String size = width == PHONE ? "phone" : "desktop";
                width(emma, width);
                width(lena, width);
                emma.go("report/view.xhtml?id=" + id);
                assertNoSidewaysScroll(emma);
                emma.screenshot("forms-4-long-word-report-" + size);
                emma.go("report/mine.xhtml");
                assertNoSidewaysScroll(emma);
                lena.go("report/inbox.xhtml");
                assertNoSidewaysScroll(lena);
                scrollToText(lena, "Zimmerschl");
                lena.screenshot("forms-4-long-word-inbox-" + size);
                lena.go("report/bent-rules.xhtml");
                assertNoSidewaysScroll(lena);
                scrollToText(lena, "Zimmerschl");
                lena.screenshot("forms-4-long-word-bent-rules-" + size);
            }
        }
    }

    @Test
    void aSaveRefusedAsStale_keepsThePersonsOwnTextBesideTheCurrentVersion() {
        String recordId = coachingDraftForEmma();
        String mine = "Emma checked the payment list before charging again, twice, without being asked.";
        try (Browser lena = Browser.open(base)) {
            width(lena, DESKTOP);
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("coaching/record-form.xhtml?id=" + recordId);
            lena.type("recordForm:observations", mine);
            pause(600);

            // Meanwhile the same draft is saved from elsewhere.
            Http.Answer saved = Http.api(base).patch("api/coaching-records/" + recordId, "lena",
                    Json.createObjectBuilder().add("observations", "Saved from elsewhere first.").build().toString());
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

            lena.click(By.id("recordForm:save"));
            WebElement kept = lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".stale-text")));
            assertThat(lena.text()).contains("Someone else changed this record while you were editing it.",
                    "Your text was not saved, because someone else changed this meanwhile.");
            assertThat(kept.findElements(By.cssSelector("textarea"))).as("only what the person changed").hasSize(1);
            assertThat(kept.findElements(By.cssSelector("textarea:not([readonly])"))).as("read-only, to copy").isEmpty();
            assertThat(kept.findElements(By.cssSelector("textarea"))).extracting(e -> e.getAttribute("value")).contains(mine);
            lena.screenshot("forms-5-stale-save-desktop");
            width(lena, PHONE);
            lena.screenshot("forms-5-stale-save-phone");
            width(lena, DESKTOP);

            lena.click(By.cssSelector(".stale-reload"));
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-conflict")));
            assertThat(lena.driver().findElement(By.id("recordForm:observations")).getAttribute("value")).as("the current version")
                    .isEqualTo("Saved from elsewhere first.");
            assertThat(lena.driver().findElement(By.cssSelector(".draft-conflict textarea")).getAttribute("value")).as("beside it, the person's own")
                    .isEqualTo(mine);
            lena.screenshot("forms-5-stale-save-reloaded-desktop");
        }
    }

    @Test
    void whichRule_suggestsTheTeamsRulesAlreadyNoted_andANewRuleCanStillBeTyped() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String rule = "Late check-out only with a manager " + tag;
        file(report("Late check-out " + tag, "The guest had an early flight home the next day.")
                .add("bentRule", Json.createObjectBuilder().add("rule", rule).add("reason", "Sick child")));
        // One report's rule is offered once a leader has put it in the register (a single fresh rule could point to its reporter).
        Http.Answer decided = Http.api(base).post("api/bent-rules/decisions", "lena",
                Json.createObjectBuilder().add("team", "Front Desk").add("rule", rule).add("decision", "KEEP").build().toString());
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        try (Browser emma = Browser.open(base)) {
            width(emma, DESKTOP);
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go("report/new.xhtml");
            emma.click(By.id("reportForm:ruleBent"));
            WebElement field = emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:bentRule")));
            // The browser itself offers the team's rules already noted while "Which rule" is typed: a datalist tied to the
            // field (no PrimeFaces script on this page, ADR 38), which it narrows to what is typed.
            WebElement offered = emma.driver().findElement(By.id(field.getDomAttribute("list")));
            assertThat(offered.getTagName()).isEqualTo("datalist");
            assertThat(offered.findElements(By.tagName("option")).stream().map(o -> o.getAttribute("value")).toList()).contains(rule);
            field.sendKeys(rule);
            emma.settled();
            emma.screenshot("forms-6-rule-suggested-desktop");
            assertThat(field.getAttribute("value")).isEqualTo(rule);

            emma.type("reportForm:bentRule", "A rule nobody noted before " + tag);
            emma.settled();
            assertThat(emma.driver().findElement(By.id("reportForm:bentRule")).getAttribute("value")).isEqualTo("A rule nobody noted before " + tag);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static String attribute(Browser browser, String id, String name) {
        return browser.waiting().until(d -> d.findElement(By.id(id))).getAttribute(name);
    }

    private static void width(Browser browser, int width) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", width == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", width == PHONE));
    }

    /** Scrolls the first element whose own text contains the words to the top of the screen, for the screenshot. */
    private static void scrollToText(Browser browser, String words) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var hit = document.evaluate(\"//main//*[contains(text(), '\" + arguments[0] + \"')]\", document, null, 9, null).singleNodeValue;"
                        + "if (hit) { hit.scrollIntoView({block: 'start'}); }", words);
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        browser.heading();
        Object widths = ((JavascriptExecutor) browser.driver()).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        @SuppressWarnings("unchecked")
        List<Number> w = (List<Number>) widths;
        assertThat(w.get(0).intValue()).as("page width (scrollWidth) within the screen " + browser.url()).isLessThanOrEqualTo(w.get(1).intValue());
    }

    private static JsonObjectBuilder report(String title, String narrative) {
        return Json.createObjectBuilder().add("title", title).add("narrative", narrative)
                .add("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", "Front Desk").add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED");
    }

    /** Emma files the report over the API; returns its id. */
    private String file(JsonObjectBuilder report) {
        Http.Answer filed = Http.api(base).post("api/reports", "emma", report.build().toString());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().getString("id");
    }

    /** lena drafts a coaching record for emma (not shared); returns its id. */
    private String coachingDraftForEmma() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String body = Json.createObjectBuilder().add("employee", "emma").add("heldAt", today.toString())
                .add("topic", "Payment list after a time-out " + UUID.randomUUID().toString().substring(0, 8))
                .add("expectation", "After a time-out, the payment list is checked before charging again.")
                .add("observations", "A payment was run twice after the card terminal timed out.")
                .add("agreedActions", "Check the payment list first; ask the shift lead when unsure.")
                .add("followUpDate", today.plusDays(14).toString()).build().toString();
        Http.Answer drafted = Http.api(base).post("api/coaching-records", "lena", body);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        return drafted.json().getString("id");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
