package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.CookieManager;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kinds and impact levels as administrators name them (docs/adr/0051), over the API and on the pages that name them,
 * in the real container with demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CategoriesIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private Http api() {
        return Http.api(base);
    }

    private Http.Answer send(String method, String path, String user, String json, String language) {
        HttpRequest.Builder request = api().request(path, user).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return api().send(language == null ? request.build() : request.header("Accept-Language", language).build());
    }

    private static String report(String title, String kind) {
        return Json.createObjectBuilder().add("title", title).add("narrative", "The encoder showed 241 but the card opened 214.")
                .add("occurredAt", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", "Front Desk").add("kind", kind).add("customerImpact", "MINOR").add("reporterMode", "NAMED").build().toString();
    }

    private static JsonObject category(JsonObject categories, String group, String key) {
        return categories.getJsonArray(group).stream().map(JsonValue::asJsonObject).filter(c -> c.getString("key").equals(key)).findFirst()
                .orElseThrow();
    }

    private static JsonObjectBuilder words(String key, String en, String de) {
        return Json.createObjectBuilder().add("key", key).add("names", Json.createObjectBuilder().add("en", en).add("de", de))
                .add("descriptions", Json.createObjectBuilder().add("en", "Something could hurt someone soon."));
    }

    /**
     * The server is shared by every test class of a fork: the kind this class renames gets its built-in words back, so that
     * a later test that picks "Unsafe condition" or tabs past the form's (then absent) descriptions meets the usual form.
     */
    @AfterEach
    void theBuiltInWordsAgain() {
        String reset = Json.createObjectBuilder().add("kinds", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "UNSAFE_CONDITION")
                .add("names", Json.createObjectBuilder()).add("descriptions", Json.createObjectBuilder()))).build().toString();
        Http.Answer restored = send("PUT", "api/admin/categories", "admin", reset, null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }

    @Test
    void anAdministratorNamesAKind_everyoneSignedInReadsIt_andTheReportPageAndTheExportSayIt() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String body = Json.createObjectBuilder().add("kinds", Json.createArrayBuilder().add(words("UNSAFE_CONDITION", "Hazard " + mark, "Gefahr " + mark)))
                .build().toString();

        Http.Answer defined = send("PUT", "api/admin/categories", "admin", body, null);
        assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
        assertThat(category(defined.json(), "kinds", "UNSAFE_CONDITION").getJsonObject("names").getString("de")).isEqualTo("Gefahr " + mark);

        JsonObject german = send("GET", "api/categories", "emma", null, "de").json();
        assertThat(category(german, "kinds", "UNSAFE_CONDITION").getString("name")).isEqualTo("Gefahr " + mark);
        assertThat(category(german, "kinds", "UNSAFE_CONDITION").get("description")).as("no German description written").isEqualTo(JsonValue.NULL);
        assertThat(category(german, "kinds", "NEAR_MISS").getString("name")).as("the bundle's German words stand").isNotBlank().doesNotContain("NEAR_MISS");
        assertThat(category(german, "kinds", "CUSTOMER_HARMED").getBoolean("needsRecoveryCase")).isTrue();
        JsonObject english = api().get("api/categories", "hana").json();
        assertThat(category(english, "kinds", "UNSAFE_CONDITION").getString("description")).isEqualTo("Something could hurt someone soon.");
        assertThat(category(english, "impacts", "SEVERE").getBoolean("needsRecoveryCase")).isFalse();

        String title = "Loose cable by the desk " + mark;
        Http.Answer filed = api().post("api/reports", "emma", report(title, "UNSAFE_CONDITION"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().getString("kind")).as("the API keeps the fixed key").isEqualTo("UNSAFE_CONDITION");

        Http lena = Http.signedInPage(base, new CookieManager(), "lena", Http.DEMO_PASSWORD);
        assertThat(lena.get("report/view.xhtml?id=" + filed.json().getString("id"), null).body()).contains("Hazard " + mark);
        assertThat(lena.get("report/inbox.xhtml", null).body()).contains("Hazard " + mark);
        assertThat(lena.get("insights.xhtml", null).body()).as("the chart's legend, its numbers and the kinds' descriptions beside them")
                .contains("Hazard " + mark, "Something could hurt someone soon.");
        Http.Answer csv = api().get("api/reports/export?team=Front%20Desk", "lena", "text/csv");
        assertThat(csv.body().lines().filter(l -> l.contains(title)).toList()).singleElement().asString().contains(",Hazard " + mark + ",");
    }

    @Test
    void aHarmedCustomerReportWithoutCustomers_isAccepted_flaggedInTheInbox_andCountedInTheInsights() {
        String title = "Charged twice, customer not named " + UUID.randomUUID().toString().substring(0, 8);
        long before = api().get("api/insights", "lena").json().getJsonNumber("reportsWithoutRecoveryCase").longValue();

        Http.Answer filed = api().post("api/reports", "emma", report(title, "CUSTOMER_HARMED"));
        assertThat(filed.status()).as("accepted, never blocked: " + filed).isEqualTo(201);

        JsonObject item = api().get("api/reports?team=Front%20Desk&size=100", "lena").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getString("title").equals(title)).findFirst().orElseThrow();
        assertThat(item.getBoolean("awaitingRecoveryCase")).isTrue();
        assertThat(api().get("api/insights", "lena").json().getJsonNumber("reportsWithoutRecoveryCase").longValue()).isEqualTo(before + 1);
        Http lena = Http.signedInPage(base, new CookieManager(), "lena", Http.DEMO_PASSWORD);
        assertThat(lena.get("report/inbox.xhtml", null).body()).contains("no recovery case yet");
        assertThat(lena.get("insights.xhtml", null).body()).contains("id=\"withoutRecovery\"");
    }

    @Test
    void badWordsAreProblemsNamedByTheirPlace_andOnlyAnAdministratorChangesThem() {
        String body = Json.createObjectBuilder().add("kinds", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("key", "NEAR_MISS").add("names", Json.createObjectBuilder().add("en", "x".repeat(61))))
                        .add(Json.createObjectBuilder().add("key", "ANGRY_CUSTOMER")))
                .add("impacts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "MAJOR").add("needsRecoveryCase", true)))
                .build().toString();

        Http.Answer refused = send("PUT", "api/admin/categories", "admin", body, null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> ((JsonString) e.asJsonObject().get("field")).getString()).toList())
                .containsExactlyInAnyOrder("kinds.NEAR_MISS.names.en", "kinds", "impacts.MAJOR.needsRecoveryCase");
        assertThat(send("PUT", "api/admin/categories", "admin", "{\"kinds\":\"all\"}", null).status()).isEqualTo(400);
        assertThat(send("PUT", "api/admin/categories", "lena", "{}", null).status()).isEqualTo(403);
        assertThat(api().get("api/admin/categories", "emma").status()).isEqualTo(403);
        assertThat(api().get("api/categories", null).status()).isEqualTo(401);
    }
}
