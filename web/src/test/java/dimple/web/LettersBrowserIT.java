package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Customer follow-up letters (docs/adr/0049) in a real Chromium: an administrator rewords a template on
 * {@code admin/letters.xhtml} (an unknown placeholder refused beside the text), a leader drafts a letter from it on the
 * case page (the customer's reference, the remedy and the follow-up day in it, never the report's title or story),
 * marks it sent by email, and the case's history shows "Letter sent" with the channel and the template's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LettersBrowserIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private final String sfx = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anAdministratorRewordsATemplate_aLeaderDraftsFromIt_marksItSent_andTheHistoryShowsIt() {
        Http api = Http.api(base);
        String name = "Browser letter " + sfx;
        Http.Answer added = api.post("api/admin/letter-templates", "admin", Json.createObjectBuilder().add("name", name).add("language", "en")
                .add("subject", "About {customerReference}").add("body", "Sorry. {signedBy}").build().toString());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String customer = "Room 214 " + sfx;
        String story = "The encoder showed 241 " + sfx;
        Http.Answer filed = api.post("api/reports", "emma", Json.createObjectBuilder()
                .add("title", "Key card TITLE" + sfx).add("narrative", story + " but the card opened 214.")
                .add("occurredAt", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", "Front Desk").add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED")
                .add("affectedCustomers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", customer)))
                .build().toString());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String recovery = filed.json().getJsonArray("recoveries").getJsonObject(0).getString("id");
        Instant followUp = Instant.parse(filed.json().getJsonArray("recoveries").getJsonObject(0).getString("followUpDue"));
        Http.Answer refunded = api.post("api/recoveries/" + recovery + "/steps", "lena", "{\"step\":\"REMEDY_DELIVERED\",\"remedy\":{\"type\":\"REFUND\"}}");
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(200);

        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", Http.DEMO_PASSWORD);
            admin.go("admin/letters.xhtml");
            assertThat(admin.heading()).isEqualTo("Letter templates");
            admin.click(By.cssSelector("a[aria-label='Reword " + name + "']"));
            admin.waiting().until(ExpectedConditions.urlContains("edit="));
            admin.type("letterForm:body", "Dear guest, about {narrative}. {signedBy}");
            admin.click(By.id("letterForm:save"));
            admin.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("Not a placeholder a letter can fill: {narrative}."));
            assertThat(admin.driver().findElement(By.id("letterForm:body")).getAttribute("aria-invalid")).isEqualTo("true");
            admin.type("letterForm:body", "Dear guest,\nwe are sorry. You received: {remedy}. We will call on {followUpDate}.\n{signedBy}, {teamName}");
            admin.click(By.id("letterForm:save"));
            admin.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("Template " + name + " reworded."));
        }

        String leaderName = api.get("api/me", "lena").json().getString("displayName");
        try (Browser leader = Browser.open(base)) {
            leader.signIn("lena", Http.DEMO_PASSWORD);
            leader.go("recovery/case.xhtml?id=" + recovery);
            leader.choose("letterForm:templateId", name + " (English)");
            leader.click(By.id("letterForm:draft"));
            String letter = leader.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("letterForm:text"))).getAttribute("value");
            assertThat(letter).startsWith("About " + customer).contains("You received: Refund.", leaderName, "Front Desk");
            List<String> days = List.of(-1, 0, 1).stream().map(d -> followUp.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(d).toString()).toList();
            assertThat(days).as("the follow-up day is in the letter: " + letter).anyMatch(letter::contains);
            assertThat(letter).as("never the report's title or story").doesNotContain("TITLE" + sfx).doesNotContain(story);
            assertThat(leader.driver().findElement(By.id("copyLetter")).isDisplayed()).as("the copy button, where scripts run").isTrue();

            leader.choose("letterForm:channel", "Email");
            leader.click(By.id("letterForm:markSent"));
            leader.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("Letter recorded as sent (Email)."));
            assertThat(leader.driver().findElement(By.cssSelector("ol.history")).getText()).contains("Letter sent — Email, " + name);
        }
        assertThat(api.get("api/recoveries/" + recovery, "lena").body()).contains("\"step\":\"LETTER_SENT\"", "\"channel\":\"EMAIL\"")
                .doesNotContain("You received");
    }

    /** Kinds and impact levels (docs/adr/0051) share this class: another admin page, one container start. */
    @Test
    void anAdministratorNamesAKindOnTheCategoriesPage_aTooLongNameIsRefusedBesideIt_andTheReportFormOffersTheNewName() {
        try {
            namesAKind("Close call " + sfx);
        } finally {
            // The server is shared by every test class of a fork: later ones pick "Near miss: ..." by its built-in words.
            Http.Answer restored = Http.api(base).send(Http.api(base).request("api/admin/categories", "admin").header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"kinds\":[{\"key\":\"NEAR_MISS\",\"names\":{},\"descriptions\":{}}]}"))
                    .build());
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        }
    }

    private void namesAKind(String name) {
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", Http.DEMO_PASSWORD);
            admin.go("admin/categories.xhtml");
            assertThat(admin.heading()).isEqualTo("Kinds and impact levels");
            assertThat(admin.driver().findElement(By.id("categoriesForm:kinds_NEAR_MISS_names_de")).getAttribute("placeholder"))
                    .as("an empty field shows the built-in German words").isNotBlank().doesNotContain("Near miss");
            admin.type("categoriesForm:kinds_NEAR_MISS_names_en", "x".repeat(61));
            admin.click(By.id("categoriesForm:save"));
            admin.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("At most 60 characters fit here; this text has 61."));
            assertThat(admin.driver().findElement(By.id("categoriesForm:kinds_NEAR_MISS_names_en")).getAttribute("aria-invalid")).isEqualTo("true");
            admin.type("categoriesForm:kinds_NEAR_MISS_names_en", name);
            admin.type("categoriesForm:kinds_NEAR_MISS_descriptions_en", "Caught before it reached a customer.");
            admin.click(By.id("categoriesForm:save"));
            admin.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("The kinds and impact levels were saved."));
            assertThat(admin.driver().findElement(By.id("categoriesForm:kinds_NEAR_MISS_names_en")).getAttribute("value")).isEqualTo(name);
            admin.screenshotsAtBothWidths("categories-admin");
        }
        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go("report/new.xhtml");
            emma.choose("reportForm:kind", name);
            emma.click(By.cssSelector(".category-help summary"));
            assertThat(emma.text()).contains("Caught before it reached a customer.", "please name the affected customers below");
        }
    }
}
