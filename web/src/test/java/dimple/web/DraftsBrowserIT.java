package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Nothing typed is lost (issue 19, ADR 23), in a real Chromium: a session that ends while someone types a report
 * sends Submit to the sign-in page, and signing in again brings the person back to the form with everything they
 * typed; the receipt's Back button never files the report twice; text typed on one review tab is there again after
 * another tab; someone else's newer text is never typed over; another person on the same tab never sees the draft.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DraftsBrowserIT {
    private static final String NARRATIVE = "The guest waited twenty minutes because the encoder showed 241 and I read it as 214.";

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private static Object script(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    /** The session ends as if it had been idle too long: the browser no longer holds anything that signs it in. */
    private static void sessionEnds(Browser browser) {
        browser.driver().manage().deleteAllCookies();
    }

    private static void fillReport(Browser emma, String title) {
        emma.type("reportForm:title", title);
        emma.type("reportForm:narrative", NARRATIVE);
        emma.settled();
        emma.choose("reportForm:kind", "Near miss: caught before it reached anyone");
        emma.choose("reportForm:customerImpact", "Minor");
    }

    @Test
    void aSessionEndingWhileAReportIsTyped_losesNothing_andTheReceiptsBackButtonNeverFilesItTwice() {
        String title = "Draft kept " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser emma = Browser.open(base)) {
            emma.driver().manage().window().setSize(new Dimension(1280, 1000));
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go("report/new.xhtml");
            fillReport(emma, title);
            emma.click(By.cssSelector("label[for='reportForm:reporterMode:1']"));
            emma.click(By.id("reportForm:addCustomer"));
            String customer = emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$=':customerRef']")))
                    .getAttribute("id");
            emma.type(customer, "Booking 58299");
            emma.click(By.id("reportForm:ruleBent"));
            emma.type(emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:bentRule"))).getAttribute("id"),
                    "Late check-out only with a manager");
            emma.settled();
            pause(500);

            sessionEnds(emma);
            emma.click(By.id("reportForm:submit"));
            emma.waiting().until(ExpectedConditions.urlContains("login.xhtml"));
            emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draftKept")));
            assertThat(emma.text()).contains("What you typed is kept in this tab");
            emma.screenshot("drafts-1-signed-out-while-typing");

            emma.type("signInForm:username", "emma");
            emma.type("signInForm:password", Http.DEMO_PASSWORD);
            emma.click(By.id("signInForm:submit"));
            emma.waiting().until(ExpectedConditions.urlContains("report/new.xhtml"));
            emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-note")));
            emma.waiting().until(d -> "Late check-out only with a manager".equals(d.findElement(By.id("reportForm:bentRule")).getAttribute("value")));
            assertThat(value(emma, "reportForm:title")).isEqualTo(title);
            assertThat(value(emma, "reportForm:narrative")).isEqualTo(NARRATIVE);
            assertThat(emma.chosen("reportForm:kind")).isEqualTo("Near miss: caught before it reached anyone");
            assertThat(emma.chosen("reportForm:customerImpact")).isEqualTo("Minor");
            assertThat(emma.driver().findElement(By.id("reportForm:reporterMode:1")).isSelected()).as("confidential, as chosen").isTrue();
            assertThat(value(emma, emma.driver().findElement(By.cssSelector("input[id$=':customerRef']")).getAttribute("id")))
                    .isEqualTo("Booking 58299");
            assertThat(emma.driver().findElement(By.cssSelector(".draft-note")).getText()).contains("is back").contains("not saved yet")
                    .as("in UTC, as the pages show times").containsPattern("kept in this tab at \\d{2}:\\d{2} UTC\\)");
            emma.screenshot("drafts-2-back-on-the-form");

            emma.click(By.id("reportForm:submit"));
            emma.waiting().until(ExpectedConditions.urlContains("received=true"));
            String receipt = emma.driver().findElement(By.id("messages")).getText().replaceAll("(?s).*receipt (\\S+)\\..*", "$1");
            assertThat(receipt).startsWith("C-");

            // Back from the receipt: a fresh form, not the one just filed.
            emma.driver().navigate().back();
            emma.waiting().until(ExpectedConditions.urlContains("report/new.xhtml"));
            emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:title")));
            pause(500);
            assertThat(value(emma, "reportForm:title")).as("the filed report is not typed in again").isEmpty();
            assertThat(emma.driver().findElements(By.cssSelector(".draft-note"))).isEmpty();

            // Sending the same title again a moment later is asked about first, then filed if the person insists.
            fillReport(emma, title);
            emma.click(By.cssSelector("label[for='reportForm:reporterMode:1']"));
            emma.click(By.id("reportForm:submit"));
            emma.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='reportForm:title'] ~ .ui-message, .field"),
                    "You filed this a moment ago"));
            assertThat(emma.text()).contains("You filed this a moment ago (receipt " + receipt + ")");
            emma.screenshot("drafts-3-filed-a-moment-ago");
            emma.click(By.id("reportForm:submit"));
            emma.waiting().until(ExpectedConditions.urlContains("received=true"));
        }
    }

    @Test
    void anotherPersonSigningInOnTheSameTab_neverSeesTheDraft_andSigningOutForgetsIt() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("emma", Http.DEMO_PASSWORD);
            browser.go("report/new.xhtml");
            browser.type("reportForm:title", "Only Emma's words");
            browser.type("reportForm:narrative", NARRATIVE);
            pause(700);
            sessionEnds(browser);
            browser.click(By.id("reportForm:submit"));
            browser.waiting().until(ExpectedConditions.urlContains("login.xhtml"));

            browser.type("signInForm:username", "lena");
            browser.type("signInForm:password", Http.DEMO_PASSWORD);
            browser.click(By.id("signInForm:submit"));
            browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            browser.go("report/new.xhtml");
            pause(500);
            assertThat(value(browser, "reportForm:title")).isEmpty();
            assertThat(String.valueOf(script(browser, "return JSON.stringify(sessionStorage)"))).doesNotContain("Only Emma");

            browser.type("reportForm:title", "Lena's own words");
            pause(700);
            assertThat(String.valueOf(script(browser, "return JSON.stringify(sessionStorage)"))).contains("Lena's own words");
            browser.signOut();
            assertThat(String.valueOf(script(browser, "return JSON.stringify(sessionStorage)"))).doesNotContain("Lena's own words");
        }
    }

    @Test
    void whileSomeoneTypes_theSessionIsKeptAlive_andIfItEndedAnyway_thePageSaysSoBeforeSubmit() {
        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go("report/new.xhtml");
            Object alive = ((JavascriptExecutor) emma.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " fetch(document.body.getAttribute('data-context') + '/session/keepalive', {redirect: 'manual'})"
                    + ".then(function (a) { done(a.status); });");
            assertThat(((Number) alive).intValue()).as("a live session is kept alive").isEqualTo(204);

            script(emma, "window.DIMPLE_KEEP_ALIVE_MS = 0;");
            sessionEnds(emma);
            // Typed without a key press, so only the draft listens (the similar-lessons check would itself meet the sign-in page).
            script(emma, "var n = document.getElementById('reportForm:narrative'); n.value = 'Typed after the session ended.';"
                    + " n.dispatchEvent(new Event('input', {bubbles: true}));");
            emma.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-ended")));
            assertThat(emma.driver().findElement(By.cssSelector(".draft-ended")).getText())
                    .contains("Your session has ended. What you typed is kept in this tab");
            emma.screenshot("drafts-4-session-ended-while-typing");
        }
    }

    @Test
    void textTypedOnOneReviewTab_isThereAfterAnotherTab_andSomeoneElsesNewerTextIsNeverTypedOver() {
        String reviewId = reviewOfANewReport();
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("review/view.xhtml?id=" + reviewId + "&tab=story");
            lena.type("storyForm:why", "The two room numbers look alike on the encoder's small screen.");
            pause(700);
            lena.click(By.id("tabTimeline"));
            lena.waiting().until(ExpectedConditions.urlContains("tab=timeline"));
            lena.type("timelineForm:text", "The guest came back to the desk.");
            pause(700);
            lena.click(By.id("tabStory"));
            lena.waiting().until(ExpectedConditions.urlContains("tab=story"));
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-note")));
            assertThat(value(lena, "storyForm:why")).isEqualTo("The two room numbers look alike on the encoder's small screen.");
            lena.screenshot("drafts-5-review-tab-kept");
            lena.click(By.id("tabTimeline"));
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-note")));
            assertThat(value(lena, "timelineForm:text")).isEqualTo("The guest came back to the desk.");

            // Someone else saves the story meanwhile: Lena's text is shown beside it, never put over it.
            Http.Answer saved = Http.api(base).patch("api/reviews/" + reviewId, "lena",
                    Json.createObjectBuilder().add("why", "Saved from elsewhere first.").build().toString());
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            lena.click(By.id("tabStory"));
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".draft-conflict")));
            assertThat(value(lena, "storyForm:why")).isEqualTo("Saved from elsewhere first.");
            assertThat(lena.driver().findElement(By.cssSelector(".draft-conflict textarea")).getAttribute("value"))
                    .isEqualTo("The two room numbers look alike on the encoder's small screen.");
            lena.screenshot("drafts-6-newer-text-not-typed-over");

            // Saving the story drops its draft.
            lena.type("storyForm:summary", "Encoder digits swapped.");
            lena.click(By.id("storyForm:save"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "aved"));
            lena.go("review/view.xhtml?id=" + reviewId + "&tab=story");
            pause(500);
            assertThat(lena.driver().findElements(By.cssSelector(".draft-note, .draft-conflict"))).isEmpty();
        }
    }

    /** Emma files a report over the API and Lena, her team's leader, takes it into a review. */
    private String reviewOfANewReport() {
        String body = Json.createObjectBuilder().add("title", "Encoder digits " + UUID.randomUUID().toString().substring(0, 8))
                .add("narrative", NARRATIVE).add("occurredAt", Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", "Front Desk").add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED")
                .build().toString();
        Http.Answer filed = Http.api(base).post("api/reports", "emma", body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        Http.Answer triaged = Http.api(base).post("api/reports/" + filed.json().getString("id") + "/triage", "lena",
                Json.createObjectBuilder().add("decision", "REVIEW").build().toString());
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        return triaged.json().getString("reviewId");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
