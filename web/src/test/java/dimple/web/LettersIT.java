package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.File;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The letter templates administrators keep (docs/adr/0049), over the API, in the real container with demo data. */
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
}
