package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * The learning API (API.md "Learning") in the real container with demo data: the board and search,
 * one lesson, endorsements, similar lessons, scenario cards and insights. Endorsements are made by
 * people opened for the test, so nothing is shared between tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningIT {
    private static final String PASSWORD = "a long enough passphrase";

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private Http api() {
        return Http.api(base);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String newEmployee() {
        String username = "ann" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String body = Json.createObjectBuilder().add("username", username).add("displayName", "Ann Tester").add("password", PASSWORD)
                .add("roles", Json.createArrayBuilder().add("EMPLOYEE")).add("teams", Json.createArrayBuilder().add("Front Desk"))
                .add("leads", Json.createArrayBuilder()).build().toString();
        assertThat(api().post("api/admin/users", "admin", body).status()).isEqualTo(201);
        return username + ":" + PASSWORD;
    }

    private String aLessonAbout(String words) {
        return api().get("api/lessons?q=" + q(words), "emma").json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    @Test
    void search_findsWordEndings_bestMatchFirst_andHostileInputIsJustText() {
        Http.Answer refunds = api().get("api/lessons?q=REFUNDS&size=5", "emma");

        assertThat(refunds.status()).isEqualTo(200);
        assertThat(refunds.json().getJsonArray("items").getJsonObject(0).getString("title")).startsWith("Refund");
        assertThat(refunds.json().getInt("total")).isGreaterThan(1);
        for (String hostile : new String[] {"'%_\"<b>", "' OR 1=1 --", "%", "*", "<script>alert(1)</script>"}) {
            Http.Answer answer = api().get("api/lessons?q=" + q(hostile), "emma");
            assertThat(answer.status()).as(hostile).isEqualTo(200);
            assertThat(answer.json().getInt("total")).as(hostile).isZero();
        }
        assertThat(api().get("api/lessons?size=101", "emma").status()).isEqualTo(400);
        assertThat(api().get("api/lessons?kind=OOPS", "emma").status()).isEqualTo(400);
        assertThat(api().get("api/lessons", null).status()).isEqualTo(401);
    }

    @Test
    void aSearchWithATypo_answersForTheWordMeant_saysSo_andExactSearchesWhatWasTyped() {
        Http.Answer corrected = api().get("api/lessons?q=" + q("teh refnud") + "&size=5", "emma");
        Http.Answer exactly = api().get("api/lessons?q=" + q("teh refnud") + "&exact=true", "emma");
        Http.Answer right = api().get("api/lessons?q=refund&size=5", "emma");

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().getString("correctedQuery")).isEqualTo("teh refund");
        assertThat(corrected.json().getJsonArray("items").getJsonObject(0).getString("title")).startsWith("Refund");
        assertThat(corrected.json().getInt("total")).isEqualTo(right.json().getInt("total"));
        assertThat(corrected.json().keySet()).as("the fields of a list stay, one is added").contains("items", "page", "size", "total");
        assertThat(exactly.json().getInt("total")).isZero();
        assertThat(exactly.json().containsKey("correctedQuery")).isFalse();
        assertThat(right.json().containsKey("correctedQuery")).as("a word that is found is never corrected").isFalse();
        assertThat(api().get("api/lessons?q=alergy", "emma").json().getJsonArray("items").getJsonObject(0).getString("title"))
                .startsWith("Allergy");
        assertThat(api().get("api/lessons?q=refund&exact=maybe", "emma").status()).isEqualTo(400);
    }

    @Test
    void theBoard_isPaged_newestOrMostEndorsedFirst_andFiltersByTagTeamAndKind() {
        JsonObject newest = api().get("api/lessons?size=3", "eli").json();
        JsonObject endorsed = api().get("api/lessons?size=3&order=MOST_ENDORSED", "eli").json();
        JsonObject tagged = api().get("api/lessons?tag=refunds&team=" + q("Online Orders") + "&kind=CUSTOMER_HARMED", "eli").json();

        assertThat(newest.getInt("total")).isGreaterThanOrEqualTo(30);
        assertThat(newest.getJsonArray("items")).hasSize(3);
        assertThat(newest.getJsonArray("items").getJsonObject(0).getString("publishedAt"))
                .isGreaterThanOrEqualTo(newest.getJsonArray("items").getJsonObject(1).getString("publishedAt"));
        JsonObject top = endorsed.getJsonArray("items").getJsonObject(0);
        assertThat(top.getInt("appliesToMyTeam") + top.getInt("iAppliedThis")).isPositive();
        assertThat(tagged.getJsonArray("items")).isNotEmpty().allSatisfy(v -> {
            assertThat(v.asJsonObject().getString("team")).isEqualTo("Online Orders");
            assertThat(v.asJsonObject().getJsonArray("tags").toString()).contains("refunds");
        });
    }

    @Test
    void aLesson_showsItsStoryFactorsAndActions_andEndorsingTwiceCountsOnce() {
        String id = aLessonAbout("room key encoded");
        String ann = newEmployee();

        Http.Answer lesson = api().get("api/lessons/" + id, ann);
        int before = lesson.json().getJsonObject("endorsements").getInt("APPLIES_TO_MY_TEAM");
        Http.Answer first = api().post("api/lessons/" + id + "/endorsements", ann, "{\"kind\":\"APPLIES_TO_MY_TEAM\"}");
        Http.Answer second = api().post("api/lessons/" + id + "/endorsements", ann, "{\"kind\":\"APPLIES_TO_MY_TEAM\"}");

        assertThat(lesson.status()).isEqualTo(200);
        assertThat(lesson.header("ETag")).isPresent();
        assertThat(lesson.json().getJsonArray("actions")).isNotEmpty();
        assertThat(lesson.json().getString("body")).isNotBlank();
        assertThat(lesson.body()).doesNotContain("Emma").doesNotContain("emma");
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).as("a second identical endorsement is no error").isEqualTo(200);
        assertThat(second.json().getJsonObject("endorsements").getInt("APPLIES_TO_MY_TEAM")).isEqualTo(before + 1);
        assertThat(api().post("api/lessons/" + id + "/endorsements", ann, "{\"kind\":\"LOVE\"}").status()).isEqualTo(400);
        assertThat(api().get("api/lessons/" + UUID.randomUUID(), ann).status()).isEqualTo(404);
    }

    @Test
    void similarLessons_areAtMostFive_andFoundFromANarrative() {
        Http.Answer similar = api().get("api/lessons/similar?text=" + q("The guest's key opened the wrong room, the encoder showed another number"), "emma");

        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.array()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(similar.array().getJsonObject(0).getString("title")).contains("Room key");
        assertThat(api().get("api/lessons/similar?text=", "emma").array()).isEmpty();
    }

    @Test
    void aLeader_writesAScenarioCard_andLogsPractice_employeesMayNot() {
        String id = aLessonAbout("allergy");
        String card = Json.createObjectBuilder().add("persona", "A parent with a child who has a nut allergy")
                .add("situation", "Breakfast, busy room").add("mayOffer", "A freshly made plate")
                .add("goodLooksLike", "Ask, check, tell the kitchen").add("debriefQuestions", Json.createArrayBuilder().add("What did you ask?"))
                .build().toString();

        Http.Answer written = api().post("api/lessons/" + id + "/scenarios", "lena", card);
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(written.header("Location")).isPresent();
        String scenario = written.json().getString("id");
        Http.Answer practice = api().post("api/scenarios/" + scenario + "/practice", "lena",
                "{\"heldOn\":\"2026-01-15\",\"participants\":[\"Emma\",\"Eli\"],\"notes\":\"Good\"}");

        assertThat(practice.status()).isEqualTo(201);
        assertThat(api().get("api/scenarios/" + scenario, "emma").json().getJsonArray("sessions")).hasSize(1);
        assertThat(api().post("api/lessons/" + id + "/scenarios", "emma", card).status()).isEqualTo(403);
        assertThat(api().post("api/scenarios/" + scenario + "/practice", "lena", "{\"participants\":[]}").status()).isEqualTo(400);
    }

    @Test
    void insights_forLeadersOwnTeams_hrTheOrganisation_employeesNone_anotherTeamNotFound() {
        Http.Answer lena = api().get("api/insights", "lena");
        Http.Answer hana = api().get("api/insights?from=2025-01-01&to=2026-12-31", "hana");

        assertThat(lena.status()).isEqualTo(200);
        assertThat(lena.json().getString("scope")).isEqualTo("Front Desk");
        assertThat(lena.json().getJsonObject("reportsPerMonth")).isNotEmpty();
        assertThat(hana.status()).isEqualTo(200);
        assertThat(hana.json().getString("scope")).isEqualTo("The whole organisation");
        assertThat(hana.json().getJsonArray("mostEndorsed")).isNotEmpty();
        assertThat(hana.body()).doesNotContain("Emma").doesNotContain("narrative");
        assertThat(api().get("api/insights?team=" + q("Online Orders"), "lena").status()).isEqualTo(404);
        assertThat(api().get("api/insights", "emma").status()).isEqualTo(403);
        assertThat(api().get("api/insights?from=2026-05-01&to=2026-01-01", "lena").status()).isEqualTo(400);
    }
}
