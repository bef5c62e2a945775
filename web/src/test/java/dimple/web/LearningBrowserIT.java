package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finding a lesson by search and endorsing it in a real (headless) Chromium; similar lessons beside the
 * wording hints while a report is typed; a leader's scenario card and insights.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningBrowserIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void anEmployeeFindsALessonBySearch_andEndorsesIt() {
        try (Browser eli = Browser.open(base)) {
            eli.signIn("eli", Http.DEMO_PASSWORD);
            eli.click(By.linkText("Lessons"));
            assertThat(eli.heading()).isEqualTo("Lessons");
            eli.screenshot("lessons-board");
            // From the board to the endorsement with the keyboard alone (issue 12): search, open the lesson, endorse.
            Keyboard keys = new Keyboard(eli);
            keys.skipToMain();
            keys.tabToId("boardForm:q");
            keys.type("customs invoices");
            keys.tabToId("boardForm:search");
            keys.press(Keys.ENTER);
            eli.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardForm:lessons"), "Best match first"));
            eli.settled();
            eli.screenshot("lessons-search");
            keys.tabTo("the lesson's link", f -> f.text().startsWith("Parcel shipped without the customs invoice"));
            keys.enterAndWaitFor("lesson/view.xhtml");
            assertThat(eli.heading()).startsWith("Parcel shipped without the customs invoice");
            int before = Integer.parseInt(eli.driver().findElement(By.id("appliesCount")).getText().strip());
            keys.skipToMain();
            keys.tabToId("endorseForm:applies");
            keys.press(Keys.SPACE);
            eli.waiting().until(ExpectedConditions.attributeContains(By.id("endorseForm:applies"), "value", "✓"));
            assertThat(Integer.parseInt(eli.driver().findElement(By.id("appliesCount")).getText().strip())).isEqualTo(before + 1);
            assertThat(eli.driver().findElement(By.id("endorseForm:applies")).isEnabled()).as("once per person").isFalse();
            assertThat(eli.driver().findElement(By.id("messages")).getText()).as("said, and announced (role alert)").contains("Noted: this applies to your team.");
            assertThat(eli.text()).contains("What changes").contains("Contributing factors").doesNotContain("Eli Employee filed");
            eli.screenshot("lesson-endorsed");
        }
    }

    @Test
    void aLeaderOfTheLessonsTeam_findsTheNewerLessonByWords_andIsAskedBeforeArchiving_withoutPrimeFacesScripts() {
        String lesson = Http.api(base).get("api/lessons?team=Front%20Desk", "lena").json().getJsonArray("items").getJsonObject(0).getString("id");
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("lesson/view.xhtml?id=" + lesson);
            assertThat(((JavascriptExecutor) lena.driver()).executeScript("return typeof window.PrimeFaces")).as("ADR 38").isEqualTo("undefined");

            // Words that match nothing say so while typed, and again beside the field when "Mark superseded" is pressed.
            lena.type("curateForm:words", "zebra crossing");
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("curateForm:foundStatus"), "No current lesson matches"));
            lena.click(By.id("curateForm:supersede"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#curateForm .ui-message-error"),
                    "No current lesson matches “zebra crossing”"));
            assertThat(lena.driver().findElement(By.id("curateForm:words")).getAttribute("aria-invalid")).isEqualTo("true");

            // Words that match list the current lessons to pick from; none picked is said too.
            lena.type("curateForm:words", "Allergy");
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#curateForm\\:found input[type=radio]")));
            lena.settled();
            assertThat(lena.driver().findElement(By.id("curateForm:found")).getText()).contains("Allergy note missed at breakfast");
            assertThat(lena.driver().findElement(By.id("curateForm:foundStatus")).getText()).containsPattern("(One current lesson matches|\\d+ current lessons match)");
            lena.click(By.id("curateForm:supersede"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#curateForm .ui-message-error"),
                    "Pick the newer lesson from the list first"));
            lena.screenshotsAtBothWidths("lesson-curate-pick-one", By.id("curateForm:words"));

            // Archiving asks first, on the page: the question takes the focus; "Keep it" gives it back and archives nothing.
            Keyboard keys = new Keyboard(lena);
            keys.reach("curateForm:archive");
            keys.press(Keys.ENTER);
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alertdialog]")));
            assertThat(lena.driver().findElement(By.cssSelector("[role=alertdialog]")).getText()).contains("Archive this lesson?");
            assertThat(keys.focused().id()).as("the question has the focus").isEqualTo("curateForm:archiveConfirmed");
            lena.screenshotsAtBothWidths("lesson-archive-asked", By.cssSelector("[role=alertdialog]"));
            keys.tabToId("curateForm:keep");
            keys.press(Keys.ENTER);
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("curateForm:archive")));
            assertThat(lena.driver().findElements(By.cssSelector("[role=alertdialog]"))).isEmpty();
            assertThat(keys.focused().id()).as("back on the button").isEqualTo("curateForm:archive");
            assertThat(Http.api(base).get("api/lessons/" + lesson, "lena").json().getString("status")).isNotEqualTo("ARCHIVED");
        }
    }

    @Test
    void aSearchWithATypo_showsTheLessonsForTheWordMeant_andOffersWhatWasTyped_onADeskAndAPhone() {
        try (Browser eli = Browser.open(base)) {
            eli.signIn("eli", Http.DEMO_PASSWORD);
            eli.go("lesson/board.xhtml");
            eli.type("boardForm:q", "refnud");
            eli.click(By.id("boardForm:search"));
            eli.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardForm:lessons"), "Showing lessons for refund."));

            WebElement instead = eli.driver().findElement(By.id("boardForm:lessons:searchExactly"));
            assertThat(instead.getText()).isEqualTo("Search for refnud instead?");
            assertThat(eli.driver().findElement(By.cssSelector("#boardForm\\:lessons .lesson-title")).getText()).startsWith("Refund");
            assertThat(eli.driver().findElement(By.id("boardForm:q")).getAttribute("value")).as("what was typed stays in the field").isEqualTo("refnud");
            eli.screenshot("lessons-typo-corrected");
            Dimension desktop = eli.driver().manage().window().getSize();
            eli.driver().manage().window().setSize(new Dimension(390, 844));
            try {
                ((JavascriptExecutor) eli.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", instead);
                assertThat(instead.isDisplayed()).isTrue();
                Number overflow = (Number) ((JavascriptExecutor) eli.driver()).executeScript(
                        "var r = document.getElementById('boardForm:lessons:correction').getBoundingClientRect(); return r.right - document.documentElement.clientWidth;");
                assertThat(overflow.doubleValue()).as("the line fits a phone's width").isLessThanOrEqualTo(0);
                eli.screenshot("lessons-typo-corrected-phone");
            } finally {
                eli.driver().manage().window().setSize(desktop);
            }

            eli.click(By.id("boardForm:lessons:searchExactly"));
            eli.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardForm:lessons"), "No lesson matches"));
            assertThat(eli.driver().findElements(By.id("boardForm:lessons:correction"))).isEmpty();
            assertThat(eli.driver().getCurrentUrl()).as("an address to share").contains("q=refnud").contains("exact=true");
            eli.screenshot("lessons-typo-exact");

            eli.type("boardForm:q", "alergy");
            eli.click(By.id("boardForm:search"));
            eli.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardForm:lessons"), "Showing lessons for allergy."));
            assertThat(eli.driver().findElement(By.cssSelector("#boardForm\\:lessons .lesson-title")).getText()).startsWith("Allergy");
        }
    }

    @Test
    void theBoardShowsTwelveLessonsAPage_itsPagerKeepsTheFilters_andBackGoesBack() {
        try (Browser eli = Browser.open(base)) {
            eli.signIn("eli", Http.DEMO_PASSWORD);
            eli.go("lesson/board.xhtml?order=MOST_ENDORSED");
            By position = By.cssSelector("#boardForm\\:lessons .plain-pager-position");
            assertThat(eli.driver().findElement(position).getText()).startsWith("Page 1 of");
            assertThat(eli.driver().findElements(By.cssSelector("#boardForm\\:lessons .lesson-card"))).hasSize(12);
            assertThat(eli.driver().findElement(By.id("boardForm:lessons:previousPage")).getTagName()).as("no page before the first").isEqualTo("span");
            String first = eli.driver().findElement(By.cssSelector("#boardForm\\:lessons .lesson-title")).getText();

            eli.click(By.id("boardForm:lessons:nextPage"));
            eli.waiting().until(ExpectedConditions.textToBePresentInElementLocated(position, "Page 2 of"));
            assertThat(eli.driver().getCurrentUrl()).contains("page=2").contains("order=MOST_ENDORSED");
            assertThat(eli.chosen("boardForm:order")).isEqualTo("Most endorsed first");
            assertThat(eli.driver().findElement(By.cssSelector("#boardForm\\:lessons .lesson-title")).getText()).isNotEqualTo(first);

            eli.driver().navigate().back();
            eli.waiting().until(ExpectedConditions.textToBePresentInElementLocated(position, "Page 1 of"));
            assertThat(eli.driver().findElement(By.cssSelector("#boardForm\\:lessons .lesson-title")).getText()).isEqualTo(first);
        }
    }

    /** The typing aids of the report form as read at one moment: the hints, the lessons panel and its links. */
    private record TypingAids(String hints, String lessons, List<SimilarLink> links) {
    }

    /** A link of the similar-lessons panel: what it shows, what a screen reader says, where it goes, how it opens. */
    private record SimilarLink(String text, String spoken, String href, String target, String rel) {
    }

    @Test
    void whileAReportIsTyped_similarLessonsAppearBesideTheWordingHints_andTheReportIsStillFiled() {
        String title = "Key opened the wrong room " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.click(By.linkText("Report a mistake"));
            assertThat(emma.heading()).isEqualTo("Report a mistake");
            emma.type("reportForm:title", title);
            emma.type("reportForm:narrative",
                    "The encoder wrote room 214 while the screen showed 241, so the guest's key opened the wrong room. I should have looked twice.");

            // Hints and lessons come in one answer. An answer to the title may arrive while the narrative is still typed and
            // be replaced by the next one, so everything is read in one go, again if the page changed meanwhile.
            TypingAids aids = emma.waiting().until(d -> {
                WebElement panel = d.findElement(By.id("reportForm:similarLessons"));
                List<SimilarLink> links = panel.findElements(By.tagName("a")).stream()
                        .map(a -> new SimilarLink(a.getText(), a.getAttribute("textContent"), a.getAttribute("href"),
                                a.getAttribute("target"), a.getAttribute("rel")))
                        .toList();
                TypingAids read = new TypingAids(d.findElement(By.id("reportForm:hints")).getText(), panel.getText(), links);
                boolean shown = read.hints().contains("should have") && read.lessons().contains("This has happened before")
                        && links.stream().anyMatch(l -> l.text().startsWith("Room key encoded for the wrong room"));
                return shown ? read : null;
            });
            assertThat(aids.hints()).as("the wording hint stays beside the lessons").contains("should have");
            assertThat(aids.lessons()).contains("Check the room number on the encoder's own display before handing over a key.");
            assertThat(aids.links()).hasSizeBetween(1, 3).allSatisfy(l -> {
                assertThat(l.href()).contains("/lesson/view.xhtml?id=");
                assertThat(l.target()).isEqualTo("_blank");
                assertThat(l.rel()).contains("noopener");
                assertThat(l.spoken()).as("screen readers hear where it opens").contains("(opens in a new tab)");
            });
            // the screenshot shows the wording hints and the lessons under them
            emma.waiting().until(d -> ((JavascriptExecutor) d)
                    .executeScript("arguments[0].scrollIntoView({block: 'end'}); return true;", d.findElement(By.id("reportForm:similarLessons"))));
            emma.screenshot("report-form-similar-lessons");

            emma.choose("reportForm:kind", "Near miss: caught before it reached anyone");
            emma.choose("reportForm:customerImpact", "Minor");
            emma.click(By.id("reportForm:submit"));
            emma.waiting().until(ExpectedConditions.urlContains("received=true"));
            assertThat(emma.driver().findElement(By.id("receiptNumber")).getText()).matches("R-\\d{4}-\\d{6}");
            assertThat(emma.heading()).isEqualTo(title);
        }
    }

    @Test
    void aLeader_printsAScenarioCard_andSeesInsights() {
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.click(By.linkText("Lessons"));
            lena.click(By.id("scenarioCards"));
            lena.click(By.cssSelector("#cardsForm\\:cards a"));
            assertThat(lena.heading()).isEqualTo("Scenario card");
            assertThat(lena.text()).contains("What you may offer").contains("Practice log");
            lena.screenshot("scenario-card");
            // The print button's listener comes from a script file (no inline onclick under the CSP); the
            // print dialog itself is replaced, so the test only sees that printing was asked for.
            JavascriptExecutor page = (JavascriptExecutor) lena.driver();
            page.executeScript("window.print = function () { window.dimplePrinted = true; };");
            lena.click(By.xpath("//button[normalize-space()='Print this card']"));
            assertThat(page.executeScript("return window.dimplePrinted === true;")).isEqualTo(true);
            lena.click(By.linkText("Insights"));
            assertThat(lena.heading()).isEqualTo("Insights");
            assertThat(lena.driver().findElement(By.id("scope")).getText()).isEqualTo("Front Desk");
            lena.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reportsChart canvas")));
            lena.screenshot("insights");
        }
    }
}
