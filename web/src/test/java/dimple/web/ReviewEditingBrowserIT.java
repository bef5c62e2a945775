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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Correcting a review while it is drafting, as the demo leader lena does it in Chromium (issue 19): the
 * new review starts with the report's story; a moment typed with the wrong time is corrected and the
 * timeline re-sorts; a contributing factor is taken out after a confirm step; an action's title and
 * owner are corrected. Screenshots at desktop width and at phone width (390 px).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewEditingBrowserIT {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String NARRATIVE = "The card encoder wrote room 214 while the screen showed 241.";

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    /** Emma files a named report for Front Desk over the API, lena triages it into a new review; its id. */
    private String reviewOfEmmasReport(String title) {
        String body = Json.createObjectBuilder().add("title", title).add("narrative", NARRATIVE)
                .add("occurredAt", java.time.Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", "Front Desk").add("kind", "NEAR_MISS").add("customerImpact", "MINOR").add("reporterMode", "NAMED")
                .build().toString();
        Http.Answer filed = Http.api(base).post("api/reports", "emma", body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        Http.Answer triaged = Http.api(base).post("api/reports/" + filed.json().getString("id") + "/triage", "lena", "{\"decision\":\"REVIEW\"}");
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        return triaged.json().getString("reviewId");
    }

    private static void expectMessage(Browser browser, String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    private static void addMoment(Browser browser, String when, String text) {
        browser.typeDate("timelineForm:at", when);
        browser.type("timelineForm:text", text);
        browser.click(By.id("timelineForm:add"));
        expectMessage(browser, "Added to the timeline.");
    }

    private static String timeline(Browser browser) {
        return browser.driver().findElement(By.id("timeline")).getText();
    }

    @Test
    void aNewReview_startsWithTheReportsStory() {
        String id = reviewOfEmmasReport("Wrong room on the key card " + UUID.randomUUID().toString().substring(0, 8));
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("review/view.xhtml?id=" + id);

            assertThat(lena.driver().findElement(By.id("storyForm:whatHappened")).getAttribute("value")).isEqualTo(NARRATIVE);
            assertThat(lena.text()).as("a confidential reporter is named nowhere").doesNotContain("Emma");
            lena.screenshotsAtBothWidths("review-edit-1-story-prefilled", By.id("storyHeading"));
        }
    }

    @Test
    void aMomentWithTheWrongTime_isCorrected_andTheTimelineReSorts() {
        String id = reviewOfEmmasReport("Wrong room on the key card " + UUID.randomUUID().toString().substring(0, 8));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("review/view.xhtml?id=" + id + "&tab=timeline");
            addMoment(lena, now.minusHours(3).format(MINUTES), "The key card is encoded");
            // typed an hour late: it happened before the card was encoded
            addMoment(lena, now.minusHours(1).format(MINUTES), "The guest gives the room number at check-in");
            assertThat(timeline(lena)).containsSubsequence("The key card is encoded", "The guest gives the room number at check-in");

            lena.click(By.cssSelector("a[aria-label='Correct: The guest gives the room number at check-in']"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timelineFormHeading"), "Correct this moment"));
            assertThat(lena.driver().findElement(By.id("timelineForm:text")).getAttribute("value"))
                    .isEqualTo("The guest gives the room number at check-in");
            assertThat(lena.driver().findElement(By.id("timelineForm:at")).getAttribute("value")).isEqualTo(now.minusHours(1).format(MINUTES));
            lena.screenshotsAtBothWidths("review-edit-2-timeline-correcting", By.id("timelineHeading"));

            lena.typeDate("timelineForm:at", now.minusHours(4).format(MINUTES));
            lena.type("timelineForm:text", "The guest gives the room number at check-in: 241");
            lena.click(By.id("timelineForm:saveCorrection"));
            expectMessage(lena, "The moment is corrected");

            assertThat(timeline(lena)).containsSubsequence("The guest gives the room number at check-in: 241", "The key card is encoded");
            assertThat(lena.driver().findElements(By.id("timelineForm:saveCorrection"))).as("back to adding").isEmpty();
            lena.screenshotsAtBothWidths("review-edit-3-timeline-corrected", By.id("timelineHeading"));

            // a moment added by mistake is taken out after a confirm step, reached with the keyboard alone
            addMoment(lena, now.minusHours(2).format(MINUTES), "Added by mistake");
            lena.driver().findElement(By.cssSelector("a[aria-label='Take out: Added by mistake']")).sendKeys(Keys.ENTER);
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmRemove")));
            assertThat(lena.driver().switchTo().activeElement().getAttribute("id")).as("the question has the focus").isEqualTo("confirmRemove");
            assertThat(timeline(lena)).as("nothing is taken out before the answer").contains("Added by mistake");
            lena.screenshotsAtBothWidths("review-edit-4-timeline-confirm", By.id("timelineHeading"));
            lena.click(By.id("removeEntryForm:confirmRemoveYes"));
            expectMessage(lena, "The moment is taken out of the timeline.");
            assertThat(timeline(lena)).doesNotContain("Added by mistake").contains("The key card is encoded");

            lena.click(By.id("tabHistory"));
            assertThat(lena.driver().findElement(By.id("historyForm:history")).getText()).contains("Timeline entry")
                    .contains("Added by mistake").contains("Lena Leader");
        }
    }

    @Test
    void aFactorIsTakenOut_afterAConfirmStep_andAnActionIsCorrected() {
        String id = reviewOfEmmasReport("Wrong room on the key card " + UUID.randomUUID().toString().substring(0, 8));
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("review/view.xhtml?id=" + id + "&tab=factors");
            for (String description : new String[] {"The encoder screen swaps digits", "Someone typed too fast"}) {
                lena.choose("factorForm:category", "Tools");
                lena.type("factorForm:description", description);
                lena.click(By.id("factorForm:add"));
                expectMessage(lena, "The contributing factor is added.");
            }

            lena.click(By.cssSelector("a[aria-label='Take out: Someone typed too fast']"));
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmRemove")));
            lena.click(By.id("removeFactorForm:confirmRemoveNo"));
            lena.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmRemove")));
            assertThat(lena.driver().findElement(By.id("factors")).getText()).as("kept").contains("Someone typed too fast");

            lena.click(By.cssSelector("a[aria-label='Take out: Someone typed too fast']"));
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmRemove")));
            lena.screenshotsAtBothWidths("review-edit-7-factor-confirm", By.id("factorsHeading"));
            lena.click(By.id("removeFactorForm:confirmRemoveYes"));
            expectMessage(lena, "The contributing factor is taken out.");
            assertThat(lena.driver().findElement(By.id("factors")).getText()).contains("The encoder screen swaps digits")
                    .doesNotContain("Someone typed too fast");

            lena.click(By.cssSelector("a[aria-label='Correct: The encoder screen swaps digits']"));
            lena.type("factorForm:whys", "The screen font is tiny\nNobody asked the desk");
            lena.click(By.id("factorForm:saveCorrection"));
            expectMessage(lena, "The contributing factor is corrected.");
            assertThat(lena.driver().findElement(By.id("factors")).getText()).contains("Why? The screen font is tiny");

            lena.click(By.id("tabActions"));
            lena.type("actionForm:title", "Read the room number back");
            lena.choose("actionForm:type", "Corrective: fix what went wrong");
            lena.type("actionForm:owner_input", "emma");
            lena.click(By.cssSelector("[id='actionForm:owner_panel'] li[data-item-value$='(emma)']"));
            lena.click(By.id("actionForm:plan"));
            expectMessage(lena, "The action is planned");

            lena.click(By.cssSelector("a[aria-label='Correct: Read the room number back']"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("actionFormHeading"), "Correct this action"));
            assertThat(lena.driver().findElement(By.id("actionForm:title")).getAttribute("value")).isEqualTo("Read the room number back");
            lena.type("actionForm:title", "Read the room number back to the guest");
            lena.type("actionForm:owner_input", "lena");
            lena.click(By.cssSelector("[id='actionForm:owner_panel'] li[data-item-value$='(lena)']"));
            lena.screenshotsAtBothWidths("review-edit-5-action-correcting", By.id("actionsHeading"));
            lena.click(By.id("actionForm:saveCorrection"));
            expectMessage(lena, "The action is corrected.");
            assertThat(lena.driver().findElement(By.id("actionItems")).getText()).contains("Read the room number back to the guest")
                    .contains("Lena Leader").doesNotContain("Emma Employee");
            lena.screenshotsAtBothWidths("review-edit-6-action-corrected", By.id("actionsHeading"));

            // once the team reviews it, the corrections are gone from the page
            lena.click(By.id("moveForm:toInReview"));
            expectMessage(lena, "The review is now: In review.");
            assertThat(lena.driver().findElements(By.cssSelector("a[aria-label^='Correct: ']"))).isEmpty();
        }
    }

    @Test
    void peopleArePickedByName_andTagsInUseAreSuggested() {
        String id = reviewOfEmmasReport("Wrong room on the key card " + UUID.randomUUID().toString().substring(0, 8));
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("review/view.xhtml?id=" + id);
            assertThat(lena.driver().findElement(By.id("storyForm:facilitator_input")).getAttribute("value")).isEqualTo("Lena Leader (lena)");

            lena.type("storyForm:participants_input", "Eli");
            By eli = By.cssSelector("[id='storyForm:participants_panel'] li[data-item-value='Eli Employee (eli)']");
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(eli));
            assertThat(lena.driver().findElement(eli).getText()).as("a display name, not a username only").isEqualTo("Eli Employee (eli)");
            lena.click(eli);

            lena.type("storyForm:tags_input", "keys, che");
            By suggested = By.cssSelector("[id='storyForm:tags_panel'] li[data-item-value='keys, check-in']");
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(suggested));
            lena.screenshot("review-edit-8-tag-suggested-1280");
            lena.click(suggested);
            assertThat(lena.driver().findElement(By.id("storyForm:tags_input")).getAttribute("value")).isEqualTo("keys, check-in");
            lena.settled();

            lena.click(By.id("storyForm:save"));
            expectMessage(lena, "The story is saved.");
            assertThat(lena.driver().findElement(By.id("storyForm:participants_input")).getAttribute("value")).isEqualTo("Eli Employee (eli)");
            assertThat(lena.driver().findElement(By.id("storyForm:tags_input")).getAttribute("value")).isEqualTo("keys, check-in");
            lena.screenshotsAtBothWidths("review-edit-8-people-and-tags-saved", By.id("storyForm:facilitator_input"));
            assertThat(Http.api(base).get("api/reviews/" + id, "lena").json().getJsonArray("participants").getJsonObject(0).getString("username")).isEqualTo("eli");
        }
    }

    @Test
    void aSupersedingLesson_isPickedByItsTitle_andShownByItsTitle() {
        jakarta.json.JsonObject older = Http.api(base).get("api/lessons?team=" + java.net.URLEncoder.encode("Front Desk", java.nio.charset.StandardCharsets.UTF_8)
                        + "&q=" + java.net.URLEncoder.encode("Wet floor lobby", java.nio.charset.StandardCharsets.UTF_8), "lena")
                .json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(l -> l.getString("title").startsWith("Wet floor near the lobby entrance")).findFirst().orElseThrow();
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("lesson/view.xhtml?id=" + older.getString("id"));
            // Typed words list the matching current lessons as radio buttons, each named by its title (ajax.js after a pause).
            lena.type("curateForm:words", "Allergy");
            By allergy = By.xpath("//*[@id='curateForm:found']//label[starts-with(normalize-space(.), 'Allergy note missed at breakfast')]");
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(allergy));
            lena.settled();
            String newer = lena.driver().findElement(allergy).getText().strip();
            lena.screenshot("review-edit-9-lesson-newer-picker-1280");
            lena.click(allergy);
            WebElement picked = lena.driver().findElement(By.id(lena.driver().findElement(allergy).getAttribute("for")));
            assertThat(picked.isSelected()).as("picked by its title").isTrue();
            lena.click(By.id("curateForm:supersede"));
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("newerLesson")));
            assertThat(lena.driver().findElement(By.id("newerLesson")).getText()).isEqualTo(newer);
            lena.screenshotsAtBothWidths("review-edit-10-lesson-superseded", By.tagName("h1"));
            lena.click(By.id("newerLesson"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), newer));
        }
    }
}
