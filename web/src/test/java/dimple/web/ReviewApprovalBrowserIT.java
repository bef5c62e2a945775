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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Approving a review as leaders do, in a real (headless) Chromium: wording hints appear while a review's
 * text is typed, before anything is saved; Approve with hints still open lists them, each leading to its
 * field, and approving anyway stays allowed; and with the organisation's "a second leader must approve"
 * switched on by an administrator, one leader's approval waits for a second, different leader.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewApprovalBrowserIT {
    private static final String PASSWORD = "a long enough passphrase";

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    /** A team of its own, with two leaders and a reporter. */
    private record Team(String name, String firstLeader, String secondLeader, String reporter) {
    }

    private Team team() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String name = "Approval desk " + suffix;
        assertThat(Http.api(base).post("api/admin/teams", "admin", "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
        return new Team(name, person("ana" + suffix, "Ana Approver", "[\"EMPLOYEE\",\"LEADER\"]", name, name),
                person("ben" + suffix, "Ben Approver", "[\"EMPLOYEE\",\"LEADER\"]", name, name),
                person("rea" + suffix, "Rea Reporter", "[\"EMPLOYEE\"]", name, null));
    }

    private String person(String username, String displayName, String roles, String team, String leads) {
        String body = "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\",\"roles\":%s,\"teams\":[\"%s\"],\"leads\":%s}"
                .formatted(username, displayName, PASSWORD, roles, team, leads == null ? "[]" : "[\"" + leads + "\"]");
        Http.Answer created = Http.api(base).post("api/admin/users", "admin", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private static String as(String username) {
        return username + ":" + PASSWORD;
    }

    /**
     * A review of a report of the team, in review and ready to approve (a factor, an action), whose
     * "why" holds the words given.
     */
    private String reviewInReview(Team team, String why) {
        Http api = Http.api(base);
        String report = Json.createObjectBuilder().add("title", "Room key encoded twice").add("narrative", "The encoder froze; the key was made again.")
                .add("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", team.name()).add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED")
                .build().toString();
        Http.Answer filed = api.post("api/reports", as(team.reporter()), report);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        Http.Answer triaged = api.post("api/reports/" + filed.json().getString("id") + "/triage", as(team.firstLeader()), "{\"decision\":\"REVIEW\"}");
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        String reviewId = triaged.json().getString("reviewId");
        Http.Answer edited = api.patch("api/reviews/" + reviewId, as(team.firstLeader()),
                Json.createObjectBuilder().add("why", why).add("whatHappened", "The encoder froze after the first key.").build().toString());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(api.post("api/reviews/" + reviewId + "/factors", as(team.firstLeader()),
                "{\"category\":\"TOOLS\",\"description\":\"The encoder gives no sign that a key was made\",\"whys\":[]}").status()).isEqualTo(200);
        assertThat(api.post("api/reviews/" + reviewId + "/actions", as(team.firstLeader()),
                "{\"title\":\"Ask the vendor for a sign on the encoder\",\"type\":\"PREVENTIVE\",\"owner\":\"" + team.secondLeader() + "\"}")
                .status()).isEqualTo(200);
        Http.Answer moved = api.post("api/reviews/" + reviewId + "/transitions", as(team.firstLeader()), "{\"to\":\"IN_REVIEW\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        return reviewId;
    }

    private void secondLeaderMustApprove(boolean on) {
        Http.Answer changed = Http.api(base).patch("api/admin/settings", "admin", "{\"secondLeaderApprovesReviews\":" + on + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getBoolean("secondLeaderApprovesReviews")).isEqualTo(on);
    }

    private static void expectMessage(Browser browser, String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    @Test
    void aLeader_seesWordingHintsWhileTyping_andApproveShowsTheOpenHints_butStillApproves() {
        Team team = team();
        String reviewId = reviewInReview(team, "The encoder gave no sign that the key was made.");
        // Drafting again, so the story can be typed; the reason is why it went back.
        assertThat(Http.api(base).post("api/reviews/" + reviewId + "/transitions", as(team.firstLeader()),
                "{\"to\":\"DRAFTING\",\"reason\":\"The story is not told yet\"}").status()).isEqualTo(200);
        try (Browser ana = Browser.open(base)) {
            ana.signIn(team.firstLeader(), PASSWORD);
            ana.go("review/view.xhtml?id=" + reviewId + "&tab=story");
            assertThat(ana.driver().findElement(By.id("storyForm:whyHints")).getText()).isEmpty();

            // A blaming word, typed and not submitted: the hint appears beside the field, and the focus stays in it.
            WebElement why = ana.driver().findElement(By.id("storyForm:why"));
            why.sendKeys(" The new clerk was careless.");
            ana.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("storyForm:whyHints"), "“careless”"));
            WebElement hints = ana.driver().findElement(By.id("storyForm:whyHints"));
            assertThat(hints.getAttribute("role")).isEqualTo("status");
            assertThat(hints.getAttribute("aria-live")).isEqualTo("polite");
            assertThat(ana.driver().switchTo().activeElement().getAttribute("id")).as("typing is not interrupted").isEqualTo("storyForm:why");
            assertThat(ana.url()).as("nothing was submitted").contains("tab=story");
            screenshots(ana, "review-approval-1-hint-while-typing", "storyForm:why");

            // Rewording makes the hint go away, still without saving.
            why.clear();
            why.sendKeys("The encoder gave no sign that the key was made.");
            ana.waiting().until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("storyForm:whyHints"), "careless")));

            // The same words in the timeline's new moment, too.
            ana.click(By.id("tabTimeline"));
            ana.driver().findElement(By.id("timelineForm:text")).sendKeys("Ben should have checked the key");
            ana.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timelineForm:newTimelineEntryHints"), "“should have”"));

            // Saved with the blaming word; in review again, Approve lists the open hint.
            ana.click(By.id("tabStory"));
            ana.type("storyForm:why", "The encoder gave no sign. The new clerk was careless.");
            ana.click(By.id("storyForm:save"));
            expectMessage(ana, "The story is saved.");
            ana.click(By.id("moveForm:toInReview"));
            expectMessage(ana, "The review is now: In review.");
            ana.click(By.id("moveForm:toApproved"));
            WebElement dialog = ana.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:openHintsDialog")));
            assertThat(dialog.getText()).contains("Wording hints are still open").contains("Why it happened").contains("“careless”")
                    .contains("Approve anyway").contains("Go back and edit");
            assertThat(ana.driver().findElement(By.id("state")).getText()).as("nothing approved yet").isEqualTo("In review");
            ana.screenshot("review-approval-2-open-hints-desktop");
            // On a phone the list is opened at phone width, as a person there would.
            Dimension desktop = ana.driver().manage().window().getSize();
            ana.click(By.id("moveForm:goBackToEdit"));
            ana.driver().manage().window().setSize(new Dimension(390, 844));
            ana.click(By.id("moveForm:toApproved"));
            WebElement onPhone = ana.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:openHintsDialog")));
            assertThat(onPhone.getRect().getX()).as("the list fits the phone's screen").isGreaterThanOrEqualTo(0);
            assertThat(onPhone.getRect().getX() + onPhone.getRect().getWidth()).isLessThanOrEqualTo(390);
            ana.screenshot("review-approval-2-open-hints-phone");
            ana.driver().manage().window().setSize(desktop);

            // Each hint leads to its field, with the focus in it.
            dialog.findElement(By.linkText("Why it happened")).click();
            ana.waiting().until(ExpectedConditions.urlContains("tab=story#storyForm"));
            ana.waiting().until(d -> "storyForm:why".equals(d.switchTo().activeElement().getAttribute("id")));

            // Go back and edit closes the list; approve anyway approves.
            ana.click(By.id("moveForm:toApproved"));
            ana.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:openHintsDialog")));
            ana.click(By.id("moveForm:goBackToEdit"));
            ana.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("moveForm:openHintsDialog")));
            ana.click(By.id("moveForm:toApproved"));
            ana.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("moveForm:openHintsDialog")));
            ana.click(By.id("moveForm:approveAnyway"));
            expectMessage(ana, "The review is now: Approved.");
            assertThat(ana.driver().findElement(By.id("state")).getText()).isEqualTo("Approved");
            assertThat(ana.cspViolations()).isEmpty();
        }
    }

    @Test
    void withTheSettingOn_twoDifferentLeadersApprove_andTheFirstCannotApproveTwice() {
        Team team = team();
        String reviewId = reviewInReview(team, "The encoder gave no sign that the key was made.");
        try (Browser browser = Browser.open(base)) {
            // The administrator switches the setting on (it is off until then).
            browser.signIn("admin", Http.DEMO_PASSWORD);
            browser.go("admin/settings.xhtml");
            WebElement box = browser.driver().findElement(By.id("settingsForm:secondLeader_input"));
            assertThat(box.isSelected()).as("off by default").isFalse();
            browser.click(By.cssSelector("[id='settingsForm:secondLeader'] .ui-chkbox-box"));
            browser.click(By.id("settingsForm:save"));
            expectMessage(browser, "The settings are saved.");
            assertThat(browser.driver().findElement(By.id("settingsForm:secondLeader_input")).isSelected()).isTrue();
            screenshots(browser, "review-approval-3-settings", null);
            Http.Answer audit = Http.api(base).get("api/admin/audit?action=SETTING_CHANGED", "admin");
            assertThat(audit.body()).as("the switch is audited").contains("SECOND_LEADER_APPROVES_REVIEWS").contains("off -> on");
            browser.signOut();

            // The first leader approves: recorded, and it waits for a second leader.
            browser.signIn(team.firstLeader(), PASSWORD);
            browser.go("review/view.xhtml?id=" + reviewId);
            browser.click(By.id("moveForm:toApproved"));
            expectMessage(browser, "Your approval is recorded");
            assertThat(browser.driver().findElement(By.id("firstApproval")).getText())
                    .isEqualTo("Approved by Ana Approver, waiting for a second leader.");
            assertThat(browser.driver().findElement(By.id("state")).getText()).isEqualTo("In review");
            screenshots(browser, "review-approval-4-waiting", "firstApproval");

            // The same leader again: refused, with a clear message.
            browser.click(By.id("moveForm:toApproved"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "You approved this review already"));
            assertThat(browser.driver().findElement(By.id("state")).getText()).isEqualTo("In review");
            browser.click(By.id("tabHistory"));
            assertThat(browser.driver().findElement(By.id("historyForm:history")).getText()).contains("First approval").contains("Ana Approver");
            browser.signOut();

            // A different leader approves: approved.
            browser.signIn(team.secondLeader(), PASSWORD);
            browser.go("review/view.xhtml?id=" + reviewId);
            browser.click(By.id("moveForm:toApproved"));
            expectMessage(browser, "The review is now: Approved.");
            assertThat(browser.driver().findElement(By.id("state")).getText()).isEqualTo("Approved");
            assertThat(browser.driver().findElements(By.id("firstApproval"))).isEmpty();
            screenshots(browser, "review-approval-5-approved", null);
        } finally {
            secondLeaderMustApprove(false);
        }
    }

    /** Over the API: with the setting on, the same leader's second approval is a 409 problem, and the review JSON says who approved first. */
    @Test
    void api_withTheSettingOn_theSameLeaderApprovingTwice_isAConflictProblem() {
        Team team = team();
        String reviewId = reviewInReview(team, "The encoder gave no sign that the key was made.");
        assertThat(Http.api(base).get("api/admin/settings", as(team.firstLeader())).status()).as("only administrators").isEqualTo(403);
        secondLeaderMustApprove(true);
        try {
            Http api = Http.api(base);
            Http.Answer first = api.post("api/reviews/" + reviewId + "/transitions", as(team.firstLeader()), "{\"to\":\"APPROVED\"}");
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            assertThat(first.json().getString("status")).isEqualTo("IN_REVIEW");
            assertThat(first.json().getJsonObject("firstApprovedBy").getString("username")).isEqualTo(team.firstLeader());

            Http.Answer again = api.post("api/reviews/" + reviewId + "/transitions", as(team.firstLeader()), "{\"to\":\"APPROVED\"}");
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.header("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(again.json().getString("detail")).contains("You approved this review already");

            Http.Answer second = api.post("api/reviews/" + reviewId + "/transitions", as(team.secondLeader()), "{\"to\":\"APPROVED\"}");
            assertThat(second.status()).as(second.toString()).isEqualTo(200);
            assertThat(second.json().getString("status")).isEqualTo("APPROVED");
        } finally {
            secondLeaderMustApprove(false);
        }
    }

    /**
     * A screenshot at desktop width and one at phone width (390 px) of the page as it is (no reload, so
     * what was typed and the open dialog stay), scrolled to the element given.
     */
    private static void screenshots(Browser browser, String name, String scrollTo) {
        if (scrollTo != null) {
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", scrollTo);
        }
        Dimension desktop = browser.driver().manage().window().getSize();
        browser.screenshot(name + "-desktop");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        if (scrollTo != null) {
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", scrollTo);
        }
        browser.screenshot(name + "-phone");
        browser.driver().manage().window().setSize(desktop);
    }
}
