package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Filing a confidential report in a real (headless) Chromium, and what the team's leader then sees. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsBrowserIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void anEmployeeFilesAConfidentialReport_andTheLeaderSeesTheReportButNotWhoFiledIt() {
        String title = "<b>Key card</b> mix-up " + UUID.randomUUID().toString().substring(0, 8);
        String receipt;
        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.click(By.linkText("Report a mistake"));
            assertThat(emma.heading()).isEqualTo("Report a mistake");
            // The form holds no PrimeFaces component (ADR 38, issue 18): none of PrimeFaces' scripts nor its components'
            // styles load, only its theme, its icons and its locale file (which does nothing without its scripts).
            List<String> scripts = emma.driver().findElements(By.cssSelector("script[src]")).stream().map(e -> e.getAttribute("src")).toList();
            assertThat(scripts).anyMatch(src -> src.contains("dimple/js/ajax.js")).anyMatch(src -> src.contains("faces.js"))
                    .noneMatch(src -> src.contains("ln=primefaces") && !src.contains("/locales/"));
            assertThat(emma.driver().findElements(By.cssSelector("link[rel=stylesheet]")).stream().map(e -> e.getAttribute("href")))
                    .noneMatch(href -> href.contains("components.css"));
            emma.type("reportForm:title", title);
            emma.type("reportForm:narrative", "The guest waited while I was careless with the encoder, which showed 241.");
            // The hints are redrawn as the person types: wait for the words instead of reading an element that may be replaced.
            emma.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportForm:hints"), "careless"));
            emma.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportForm:hints"),
                    "Describe what made the slip easy to make"));
            emma.typeDate("reportForm:occurredAt", "2026-12-05 18:45");
            emma.choose("reportForm:kind", "Near miss: caught before it reached anyone");
            emma.choose("reportForm:customerImpact", "Minor");
            emma.click(By.cssSelector("label[for='reportForm:reporterMode:1']"));
            emma.click(By.id("reportForm:addCustomer"));
            emma.type(emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$=':customerRef']")))
                    .getAttribute("id"), "Booking 58299");
            emma.screenshot("report-form-confidential");
            Object overflow = ((JavascriptExecutor) emma.driver()).executeScript(
                    "var m = document.getElementById('reportForm:kind'), column = m.parentElement;"
                            + " return [document.documentElement.scrollWidth - document.documentElement.clientWidth,"
                            + " m.getBoundingClientRect().right - column.getBoundingClientRect().right];");
            assertThat((List<?>) overflow).as("the page scrolls sideways by, and the kind's menu sticks out of its column by (px)")
                    .allSatisfy(px -> assertThat(((Number) px).doubleValue()).isLessThanOrEqualTo(0.5));
            emma.click(By.id("reportForm:submit"));

            emma.waiting().until(ExpectedConditions.urlContains("received=true"));
            receipt = emma.driver().findElement(By.id("receiptNumber")).getText();
            assertThat(receipt).as("a confidential report's receipt is a random code").matches("C-\\d{4}-\\w{4}-\\w{4}");
            assertThat(emma.heading()).as("markup in a title is shown as text").isEqualTo(title);
            assertThat(emma.driver().findElement(By.id("reporter")).getText()).contains("You, confidentially");
            assertThat(emma.driver().findElement(By.xpath("//dt[normalize-space(.)='Happened']/following-sibling::dd[1]")).getText())
                    .as("when it happened is kept as typed, confidential or not").isEqualTo("2026-12-05 18:45 UTC");
            emma.screenshot("report-receipt");
        }

        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.click(By.linkText("Team inbox"));
            assertThat(lena.heading()).isEqualTo("Team inbox");
            WebElement row = lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[.//a[normalize-space(.)='" + receipt + "']]")));
            assertThat(row.getText()).contains(title).contains("Confidential").doesNotContain("Emma").doesNotContain("emma");
            lena.screenshot("team-inbox");

            lena.click(By.linkText(receipt));
            assertThat(lena.heading()).isEqualTo(title);
            String page = lena.text();
            assertThat(page).contains("A confidential reporter").contains("Booking 58299").contains("careless");
            assertThat(page).doesNotContain("Emma").doesNotContain("emma");
            lena.type("askForm:text", "Which encoder was it, left or right?");
            lena.click(By.id("askForm:ask"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Your question was sent to the reporter."));
            assertThat(lena.text()).contains("Your question was sent to the reporter.").contains("Which encoder was it, left or right?")
                    .doesNotContain("Emma").doesNotContain("emma");
            lena.screenshot("report-seen-by-leader");
        }
    }

    /**
     * ADR 50: an anonymous report's receipt code is shown once, in place of the form, fits a phone, and opens the report
     * under "Report by code"; the person who filed it cannot open it any other way.
     */
    @Test
    void anEmployeeFilesAnAnonymousReport_keepsTheCodeShownOnce_andOpensTheReportWithIt() {
        String title = "Till drawer left open " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.click(By.linkText("Report a mistake"));
            String describedBy = emma.driver().findElement(By.id("reporterModeGroup")).getAttribute("aria-describedby");
            assertThat(emma.driver().findElement(By.id(describedBy)).getText()).as("the three choices explained beside them")
                    .contains("Named", "Confidential", "Anonymous", "not even Dimple");
            emma.type("reportForm:title", title);
            emma.type("reportForm:narrative", "The till drawer stayed open while the queue grew.");
            emma.typeDate("reportForm:occurredAt", "2026-12-05 18:45");
            emma.choose("reportForm:kind", "Near miss: caught before it reached anyone");
            emma.choose("reportForm:customerImpact", "Minor");
            emma.click(By.cssSelector("label[for='reportForm:reporterMode:2']"));
            emma.click(By.id("reportForm:submit"));

            String code = emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("receiptCode"))).getText();
            assertThat(code).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(emma.text()).contains("we cannot recover it").doesNotContain(title);
            assertThat(emma.url()).doesNotContain(code).doesNotContain(code.replace("-", ""));
            emma.screenshotsAtBothWidths("report-anonymous-code", By.id("receiptCode"));

            emma.click(By.linkText("Report by code"));
            emma.type("receiptForm:code", code.toLowerCase());
            emma.click(By.id("receiptForm:open"));
            emma.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), title));
            assertThat(emma.driver().findElement(By.tagName("main")).getText()).contains("No questions yet.").doesNotContain("Emma");
            assertThat(emma.url()).doesNotContain(code);
            emma.screenshot("report-by-code");
        }
    }

    /** ADR 46: leo adds a required choice field to Online Orders (no other test of this class reports for that team). */
    @Test
    void aLeaderAddsAChoiceField_anEmployeeAnswersIt_andTheAnswerShowsOnTheReport() {
        String label = "Order channel " + UUID.randomUUID().toString().substring(0, 4);
        try (Browser leo = Browser.open(base)) {
            leo.signIn("leo", Http.DEMO_PASSWORD);
            leo.click(By.id("customFieldsLink"));
            assertThat(leo.heading()).isEqualTo("Report fields");
            assertThat(leo.text()).contains("can point to a confidential reporter");
            leo.type("fieldsForm:label", label);
            leo.choose("fieldsForm:type", "Choice (one)");
            leo.type("fieldsForm:helpText", "Where the order came in");
            leo.type("fieldsForm:choices", "Web shop\nPhone\nMarketplace");
            leo.click(By.cssSelector("[id='fieldsForm:required'] .ui-chkbox-box"));
            leo.screenshot("custom-fields-editor-filled");
            leo.click(By.id("fieldsForm:save"));
            leo.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("fieldsForm:fields"), label));
            assertThat(leo.text()).contains("is added to the report form");
            leo.screenshot("custom-fields-editor");
        }
        String title = "Parcel to the old address " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser eli = Browser.open(base)) {
            eli.signIn("eli", Http.DEMO_PASSWORD);
            eli.click(By.linkText("Report a mistake"));
            eli.type("reportForm:title", title);
            eli.type("reportForm:narrative", "The address change came after the label was printed.");
            eli.choose("reportForm:kind", "Near miss: caught before it reached anyone");
            eli.choose("reportForm:customerImpact", "Minor");
            assertThat(eli.text()).contains(label, "Where the order came in");
            String choice = eli.driver().findElement(By.xpath("//label[starts-with(normalize-space(.),'" + label + "')]")).getAttribute("for")
                    .replaceAll("_(focus|label)$", "");
            // Sent without the required answer: the message stands beside the field, and what was typed stays.
            eli.click(By.id("reportForm:submit"));
            eli.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.xpath("//div[contains(@class,'custom-field')]//*[contains(@class,'ui-message')]"), label + " is required."));
            assertThat(eli.driver().findElement(By.id("reportForm:title")).getAttribute("value")).isEqualTo(title);
            eli.choose(choice, "Phone");
            eli.screenshot("report-form-custom-field");
            eli.click(By.id("reportForm:submit"));
            eli.waiting().until(ExpectedConditions.urlContains("received=true"));
            assertThat(eli.heading()).isEqualTo(title);
            assertThat(eli.driver().findElement(By.xpath("//dt[normalize-space(.)='" + label + "']/following-sibling::dd[1]")).getText())
                    .isEqualTo("Phone");
            eli.screenshot("report-custom-field-answer");
        }
    }

    @Test
    void theDashboard_showsRecoveriesDue_withOverdueInWords() {
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            assertThat(lena.driver().findElement(By.id("recoveriesOverdue")).getText()).matches("\\d+ overdue");
            lena.click(By.id("recoveriesTile"));
            assertThat(lena.heading()).isEqualTo("Recoveries due");
            assertThat(lena.driver().findElement(By.id("dueForm:recoveries")).getText()).contains("Overdue");
            lena.screenshot("recoveries-due");
        }
    }

    @Test
    void allOpenCases_isAView_aCaseOffersOnlyTheStepsThatApply_andClosingKeepsTheFollowUpOutcome() {
        String ref = "Booking " + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer filed = Http.api(base).post("api/reports", "emma", Json.createObjectBuilder()
                .add("title", "Breakfast voucher missing from the welcome pack").add("narrative", "The pack had no voucher.")
                .add("occurredAt", Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", "Front Desk").add("kind", "NEAR_MISS").add("customerImpact", "MINOR").add("reporterMode", "NAMED")
                .add("affectedCustomers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", ref)
                        .add("followUpDue", Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS).toString())))
                .build().toString());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);

        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("recovery/due.xhtml");
            assertThat(lena.text()).as("a follow-up 20 days away is not due yet").doesNotContain(ref);
            lena.click(By.id("allOpen"));
            assertThat(lena.heading()).isEqualTo("All open cases");
            assertThat(lena.url()).contains("due=open");
            lena.screenshotsAtBothWidths("recoveries-all-open");
            lena.click(By.linkText(ref));

            assertThat(lena.heading()).isEqualTo("Recovery for " + ref);
            assertThat(lena.text()).as("the report asked nobody to be thanked").doesNotContain("Thank the people who waited");
            assertThat(options(lena, "stepForm:step")).containsExactly("Apologised to the customer", "Delivered a remedy",
                    "Followed up", "Closed the case");
            assertThat(lena.driver().findElements(By.cssSelector("#stepForm .ui-outputlabel-rfi"))).as("the step is marked as required")
                    .isNotEmpty();

            // The step recorded with the keyboard alone (issue 12): arrow keys in the two select menus, past the date field.
            Keyboard keys = new Keyboard(lena);
            keys.skipToMain();
            keys.tabToId("stepForm:step_label");
            arrowDownUntil(lena, keys, "stepForm:step", "Followed up");
            keys.tabToId("stepForm:outcome_label");
            arrowDownUntil(lena, keys, "stepForm:outcome", "Satisfied");
            keys.tabToId("stepForm:record");
            keys.press(Keys.ENTER);
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The case is now: Followed up."));

            assertThat(options(lena, "stepForm:step")).containsExactly("Closed the case");
            assertThat(lena.driver().findElement(By.id("stepForm:outcome_label")).getText()).as("the outcome given at the follow-up")
                    .isEqualTo("Satisfied");
            assertThat(lena.driver().findElement(By.id("stepForm:outcomeKept")).getText()).contains("Kept from the follow-up: Satisfied");
            lena.screenshotsAtBothWidths("recovery-close-keeps-outcome", By.id("stepForm"));

            lena.click(By.id("stepForm:record"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The case is now: Closed."));
            assertThat(lena.driver().findElement(By.cssSelector("dl.facts")).getText()).contains("Outcome\nSatisfied");
            assertThat(lena.driver().findElements(By.id("stepForm"))).as("nothing is left to record").isEmpty();

            lena.go("recovery/due.xhtml?due=open");
            assertThat(lena.text()).as("a closed case is no longer open").doesNotContain(ref);
            lena.go("recovery/due.xhtml?due=later&team=%3Cb%3ENope");
            assertThat(lena.heading()).as("an address with a made-up filter and team").isEqualTo("Recoveries due");
            assertThat(lena.text()).contains("You are not in a team called \u201C<b>Nope\u201D: showing all your teams.");
        }
    }

    /** Arrow down in a closed select menu until it shows this choice; each choice may redraw part of the form. */
    private static void arrowDownUntil(Browser browser, Keyboard keys, String menu, String label) {
        for (int i = 0; i < 8 && !browser.driver().findElement(By.id(menu + "_label")).getText().equals(label); i++) {
            keys.press(Keys.ARROW_DOWN);
            browser.settled();
        }
        assertThat(browser.driver().findElement(By.id(menu + "_label")).getText()).isEqualTo(label);
        keys.reach(menu + "_label");
    }

    /** The labels a PrimeFaces select menu offers. */
    private static List<String> options(Browser browser, String id) {
        return browser.driver().findElements(By.cssSelector("select[id='" + id + "_input'] option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
    }

}
