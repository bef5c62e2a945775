package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.net.URL;
import java.net.http.HttpRequest;
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

/**
 * The letter templates administrators keep and the letters sent from them (docs/adr/0049), over the API, in the real
 * container with demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LettersIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private Http api() {
        return Http.api(base);
    }

    private static String template(String name, String language, String body) {
        return Json.createObjectBuilder().add("name", name).add("language", language).add("subject", "About {customerReference}")
                .add("body", body).build().toString();
    }

    private Http.Answer send(String method, String path, String json) {
        return api().send(api().request(path, "admin").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void anAdministrator_addsRewordsAndRetiresATemplate_andTheStartingOnesAreThere() {
        String name = "Late delivery " + UUID.randomUUID().toString().substring(0, 8);

        assertThat(api().get("api/admin/letter-templates", "admin").body()).contains("\"language\":\"en\"", "\"language\":\"de\"");

        Http.Answer added = api().post("api/admin/letter-templates", "admin", template(name, "en", "We are sorry. {remedy}\n{signedBy}, {teamName}"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String id = added.json().getString("id");
        assertThat(added.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/admin/letter-templates/" + id));

        Http.Answer reworded = send("PUT", "api/admin/letter-templates/" + id, template(name, "de", "Es tut uns leid. {signedBy}"));
        assertThat(reworded.status()).as(reworded.toString()).isEqualTo(200);
        assertThat(reworded.json().getString("language")).isEqualTo("de");

        Http.Answer retired = send("DELETE", "api/admin/letter-templates/" + id, null);
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().getBoolean("retired")).isTrue();
        Http.Answer again = send("PUT", "api/admin/letter-templates/" + id, template(name, "de", "Noch einmal"));
        assertThat(again.status()).as("a retired template stays as it was: " + again).isEqualTo(409);
    }

    @Test
    void anUnknownPlaceholder_isAProblemNamingIt_onlyAnAdministratorMayKeepTemplates() {
        Http.Answer refused = api().post("api/admin/letter-templates", "admin", template("Sorry", "en", "Dear {reporter}, about {narrative}"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("{reporter}, {narrative}", "\"body\"");
        assertThat(api().get("api/admin/letter-templates", "lena").status()).isEqualTo(403);
        assertThat(api().post("api/admin/letter-templates", "lena", template("Sorry", "en", "Sorry")).status()).isEqualTo(403);
    }

    @Test
    void aLetterSent_isAStepWithTheChannelAndTheTemplatesName_forWhoeverMayWorkTheCase() {
        String name = "Sent letter " + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer added = api().post("api/admin/letter-templates", "admin", template(name, "en", "Sorry about {customerReference}. {signedBy}"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String templateId = added.json().getString("id");
        Http.Answer filed = api().post("api/reports", "emma", Json.createObjectBuilder()
                .add("title", "Wrong room on the key card").add("narrative", "The encoder showed 241 but the card opened 214.")
                .add("occurredAt", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", "Front Desk").add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED")
                .add("affectedCustomers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", "Room 214")))
                .build().toString());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String letters = "api/recoveries/" + filed.json().getJsonArray("recoveries").getJsonObject(0).getString("id") + "/letters";
        String sent = Json.createObjectBuilder().add("templateId", templateId).add("channel", "EMAIL").build().toString();

        Http.Answer recorded = api().post(letters, "lena", sent);

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.header("ETag")).isPresent();
        List<JsonObject> steps = recorded.json().getJsonArray("steps").getValuesAs(JsonObject.class);
        JsonObject last = steps.get(steps.size() - 1);
        assertThat(last.getString("step")).isEqualTo("LETTER_SENT");
        assertThat(last.getString("channel")).isEqualTo("EMAIL");
        assertThat(last.getString("template")).isEqualTo(name);
        assertThat(recorded.json().getString("status")).as("a letter does not move the case").isEqualTo("OPEN");
        assertThat(recorded.body()).as("the letter's words are not kept").doesNotContain("Sorry about");
        assertThat(api().post(letters, "emma", sent).status()).as("the reporter works their own case").isEqualTo(201);
        assertThat(api().post(letters, "leo", sent).status()).as("a case the caller may not see").isEqualTo(404);
        assertThat(api().post(letters, "hana", sent).status()).isEqualTo(403);
    }

    @Test
    void aBadChannel_orAnUnknownOrRetiredTemplate_isAProblemNamingTheField() {
        String name = "Retired letter " + UUID.randomUUID().toString().substring(0, 8);
        String templateId = api().post("api/admin/letter-templates", "admin", template(name, "en", "Sorry. {signedBy}")).json().getString("id");
        assertThat(send("DELETE", "api/admin/letter-templates/" + templateId, null).status()).isEqualTo(200);
        String recovery = api().get("api/recoveries?due=all&size=100", "lena").json().getJsonArray("items").getJsonObject(0).getString("id");
        String letters = "api/recoveries/" + recovery + "/letters";
        String inUse = api().get("api/admin/letter-templates", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getBoolean("retired")).findFirst().orElseThrow().getString("id");

        Http.Answer badChannel = api().post(letters, "lena", "{\"templateId\":\"" + inUse + "\",\"channel\":\"PIGEON\"}");
        Http.Answer retired = api().post(letters, "lena", "{\"templateId\":\"" + templateId + "\",\"channel\":\"EMAIL\"}");
        Http.Answer unknown = api().post(letters, "lena", "{\"templateId\":\"00000000-0000-4000-8000-000000000049\",\"channel\":\"EMAIL\"}");

        assertThat(badChannel.status()).as(badChannel.toString()).isEqualTo(400);
        assertThat(badChannel.contentType()).startsWith("application/problem+json");
        assertThat(fields(badChannel)).containsExactly("channel");
        assertThat(retired.status()).as(retired.toString()).isEqualTo(400);
        assertThat(fields(retired)).containsExactly("templateId");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("templateId");
        assertThat(api().get("api/recoveries/" + recovery, "lena").body()).as("nothing was recorded").doesNotContain(name);
    }

    private static List<String> fields(Http.Answer answer) {
        return answer.json().getJsonArray("errors").stream().map(e -> ((JsonString) e.asJsonObject().get("field")).getString()).toList();
    }
}
