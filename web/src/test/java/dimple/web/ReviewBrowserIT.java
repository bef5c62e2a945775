package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.File;
import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A blameless review in a real (headless) Chromium: the demo leader lena triages a report of her team
 * into a review, tells its story, builds the timeline, names a factor with its whys, plans an action,
 * and moves it through its states to publishing; a stale save is refused with a clear message; and the
 * demo employee sees her overdue actions on the dashboard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewBrowserIT {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    /** Emma files a named report for Front Desk over the API; its title is unique to the test. */
    private String reportByEmma(String title) {
        String body = Json.createObjectBuilder().add("title", title).add("narrative", "The card terminal timed out and the payment ran twice.")
                .add("occurredAt", java.time.Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", "Front Desk").add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED")
                .build().toString();
        Http.Answer filed = Http.api(base).post("api/reports", "emma", body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().getString("id");
    }

    /** Waits until the page's message area says this (after the redirect that follows a saved change). */
    private static void expectMessage(Browser browser, String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    @Test
    void lena_runsAReview_fromTriageToPublish() {
        String title = "Guest charged twice " + UUID.randomUUID().toString().substring(0, 8);
        String reportId = reportByEmma(title);
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);

            // Triage on the report page: a new blameless review (the default decision).
            lena.go("report/view.xhtml?id=" + reportId);
            assertThat(lena.heading()).isEqualTo(title);
            lena.screenshot("review-1-triage");
            lena.type("triageForm:note", "Thank you. We will look at the terminal together.");
            lena.click(By.id("triageForm:triage"));
            lena.waiting().until(ExpectedConditions.urlContains("review/view.xhtml"));
            assertThat(lena.heading()).isEqualTo(title);
            expectMessage(lena, "is in the review");
            expectMessage(lena, "told in the app");
            assertThat(lena.driver().findElement(By.id("state")).getText()).isEqualTo("Drafting");

            // The story and candour statement; hindsight words come back as hints.
            lena.type("storyForm:whatHappened", "The terminal timed out; the payment was run again and both went through.");
            lena.type("storyForm:why", "Nothing showed the first payment. In hindsight the desk should have checked the list. "
                    + "The vendor’s hotline 0800 1234567 did not answer.");
            lena.type("storyForm:howFixed", "Switch on the timeout screen. Add a check of the payment list to the guide.");
            lena.type("storyForm:tags_input", "payments, check-out");
            lena.driver().findElement(org.openqa.selenium.By.id("storyForm:tags_input")).sendKeys(org.openqa.selenium.Keys.TAB);
            lena.settled();
            lena.click(By.id("storyForm:save"));
            expectMessage(lena, "The story is saved.");
            assertThat(lena.text()).contains("“should have”").contains("That is hindsight.");
            lena.screenshot("review-2-story");

            // The timeline, in the order things happened.
            lena.click(By.id("tabTimeline"));
            String earlier = LocalDateTime.now(ZoneOffset.UTC).minusHours(3).format(MINUTES);
            String later = LocalDateTime.now(ZoneOffset.UTC).minusHours(2).format(MINUTES);
            addMoment(lena, later, "The payment is run again");
            addMoment(lena, earlier, "The terminal times out");
            assertThat(lena.driver().findElement(By.id("timeline")).getText())
                    .containsSubsequence("The terminal times out", "The payment is run again");
            lena.screenshot("review-3-timeline");

            // A contributing factor with its chain of whys.
            lena.click(By.id("tabFactors"));
            lena.choose("factorForm:category", "Tools");
            lena.type("factorForm:description", "The terminal shows no result after a timeout");
            lena.type("factorForm:whys", "Its timeout screen was never switched on\nThe set-up checklist does not mention it");
            lena.click(By.id("factorForm:add"));
            expectMessage(lena, "The contributing factor is added.");
            assertThat(lena.driver().findElement(By.id("factors")).getText()).contains("Tools")
                    .contains("Why? Its timeout screen was never switched on").contains("Why? The set-up checklist does not mention it");
            lena.screenshot("review-4-factors");

            // An action item for emma, due in a week.
            lena.click(By.id("tabActions"));
            lena.type("actionForm:title", "Switch on the terminal's timeout screen");
            lena.choose("actionForm:type", "Corrective: fix what went wrong");
            lena.type("actionForm:owner_input", "emma");
            lena.click(By.cssSelector("[id='actionForm:owner_panel'] li[data-item-value$='(emma)']"));
            lena.click(By.id("actionForm:plan"));
            expectMessage(lena, "The action is planned");
            assertThat(lena.driver().findElement(By.id("actionItems")).getText()).contains("Switch on the terminal's timeout screen")
                    .contains("Emma Employee").contains("Open");
            lena.screenshot("review-5-actions");

            // Through the states to publishing, which freezes the review and publishes its lesson.
            // With the keyboard alone (issue 12): back up from the action form to the state buttons, then each move
            // reloads the page and starts again from its skip link.
            Keyboard keys = new Keyboard(lena);
            keys.shiftTabTo("the move to In review", f -> f.id().equals("moveForm:toInReview"));
            keys.press(Keys.ENTER);
            expectMessage(lena, "The review is now: In review.");
            keys.skipToMain();
            keys.tabToId("moveForm:toApproved");
            keys.press(Keys.ENTER);
            // "should have" is still in the story: Approve shows that open hint first, and approving anyway is allowed.
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:openHintsDialog")));
            lena.waiting().until(d -> keys.focusIsIn("[id='moveForm:openHintsDialog']"));
            keys.reach("moveForm:approveAnyway");
            keys.press(Keys.ENTER);
            expectMessage(lena, "The review is now: Approved.");
            keys.skipToMain();
            keys.tabToId("moveForm:toPublished");
            keys.press(Keys.ENTER);
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:confirmYes")));
            lena.waiting().until(d -> keys.focusIsIn(".ui-confirm-dialog"));
            keys.reach("moveForm:confirmYes");
            keys.press(Keys.ENTER);
            // The lesson would show a phone number (issue 13): not published; the finding is listed beside the button.
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:personalData")));
            assertThat(lena.driver().findElement(By.id("moveForm:personalData")).getText())
                    .contains("Check for personal data before publishing")
                    .contains("Why it happened: “0800 1234567” looks like a phone number.");
            assertThat(lena.driver().findElement(By.id("state")).getText()).isEqualTo("Approved");
            lena.screenshot("review-6-personal-data");
            // Publishing anyway asks for the box to be ticked first, beside the box; ticked, the lesson is published.
            // The refused page puts the focus in the list's controls, so the keyboard goes on from there.
            keys.reach("moveForm:publishAnyway");
            keys.press(Keys.ENTER);
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("moveForm:personalData"), "Tick the box"));
            lena.waiting().until(ExpectedConditions.attributeToBe(By.id("moveForm:acknowledge"), "aria-invalid", "true"));
            keys.reach("moveForm:acknowledge");
            keys.press(Keys.SPACE);
            keys.reach("moveForm:publishAnyway");
            keys.press(Keys.ENTER);
            expectMessage(lena, "Published.");
            assertThat(lena.driver().findElement(By.id("state")).getText()).isEqualTo("Published");
            assertThat(lena.driver().findElement(By.id("lessonTakeaway")).getText()).isEqualTo("Switch on the timeout screen.");
            assertThat(lena.driver().findElements(By.id("actionForm"))).as("a published review cannot be changed").isEmpty();
            assertThat(lena.driver().findElements(By.id("moveForm"))).isEmpty();
            lena.screenshot("review-6-published");

            lena.click(By.id("tabHistory"));
            assertThat(lena.driver().findElement(By.id("historyForm:history")).getText()).contains("Lena Leader")
                    .contains("Review: State").contains("Published").contains("Review: What happened");
            lena.screenshot("review-7-history");

            // The published review leads to its lesson, and the scenario cards are in the menu.
            String lessonTitle = lena.driver().findElement(By.id("lessonTitle")).getText();
            lena.click(By.id("lessonLink"));
            lena.waiting().until(ExpectedConditions.urlContains("lesson/view.xhtml"));
            assertThat(lena.heading()).isEqualTo(lessonTitle);
            lena.click(By.id("scenariosLink"));
            lena.waiting().until(ExpectedConditions.urlContains("scenario/list.xhtml"));
        }
    }

    private static void addMoment(Browser browser, String when, String text) {
        browser.typeDate("timelineForm:at", when);
        browser.type("timelineForm:text", text);
        browser.click(By.id("timelineForm:add"));
        try {
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("review-timeline-failed");
            throw new AssertionError("The moment was not added; the page says: " + browser.text(), e);
        }
        expectMessage(browser, "Added to the timeline.");
    }

    @Test
    void aSaveOverSomeoneElsesChange_isRefused_withAReloadMessage_andTheTypedTextStays() {
        String reportId = reportByEmma("Key card mix-up " + UUID.randomUUID().toString().substring(0, 8));
        Http api = Http.api(base);
        String reviewId = api.post("api/reports/" + reportId + "/triage", "lena", "{\"decision\":\"REVIEW\"}").json().getString("reviewId");
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("review/view.xhtml?id=" + reviewId);
            lena.type("storyForm:whatHappened", "My account of what happened.");

            assertThat(api.patch("api/reviews/" + reviewId, "lena", "{\"summary\":\"Changed meanwhile by another leader.\"}").status())
                    .isEqualTo(200);
            lena.click(By.id("storyForm:save"));

            expectMessage(lena, "Someone else changed this record while you were editing it. Reload it and make your change again.");
            assertThat(lena.driver().findElement(By.id("storyForm:whatHappened")).getAttribute("value")).isEqualTo("My account of what happened.");
            lena.screenshot("review-stale");
        }
        assertThat(api.get("api/reviews/" + reviewId, "lena").json().getString("whatHappened")).as("nothing was overwritten: still the report's story")
                .isEqualTo("The card terminal timed out and the payment ran twice.");
    }

    @Test
    void emma_seesHerOverdueActionOnTheDashboard_andFirstInMyActions() {
        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            assertThat(emma.driver().findElement(By.id("overdueActions")).getText()).contains("check the payment list");
            assertThat(emma.driver().findElement(By.id("myActionsOverdue")).getText()).matches("\\d+ overdue");
            emma.screenshot("dashboard-overdue-actions");
            emma.click(By.id("myActionsTile"));
            assertThat(emma.heading()).isEqualTo("My actions");
            assertThat(emma.driver().findElement(By.cssSelector("#mineForm\\:actions tbody tr")).getText()).contains("Overdue");
            emma.screenshot("my-actions");
        }
    }
}
