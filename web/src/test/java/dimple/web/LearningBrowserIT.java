package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Finding a lesson by search and endorsing it in a real (headless) Chromium; a leader's scenario card and insights. */
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
            eli.type("boardForm:q", "customs invoices");
            eli.click(By.id("boardForm:search"));
            eli.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardForm:lessons"), "Best match first"));
            eli.screenshot("lessons-search");
            eli.click(By.partialLinkText("Parcel shipped without the customs invoice"));
            assertThat(eli.heading()).startsWith("Parcel shipped without the customs invoice");
            int before = Integer.parseInt(eli.driver().findElement(By.id("appliesCount")).getText().strip());
            eli.click(By.id("endorseForm:applies"));
            eli.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("endorseForm:applies"), "✓"));
            assertThat(Integer.parseInt(eli.driver().findElement(By.id("appliesCount")).getText().strip())).isEqualTo(before + 1);
            assertThat(eli.driver().findElement(By.id("endorseForm:applies")).isEnabled()).as("once per person").isFalse();
            assertThat(eli.text()).contains("What changes").contains("Contributing factors").doesNotContain("Eli Employee filed");
            eli.screenshot("lesson-endorsed");
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
            lena.click(By.linkText("Insights"));
            assertThat(lena.heading()).isEqualTo("Insights");
            assertThat(lena.driver().findElement(By.id("scope")).getText()).isEqualTo("Front Desk");
            lena.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reportsChart canvas")));
            lena.screenshot("insights");
        }
    }
}
