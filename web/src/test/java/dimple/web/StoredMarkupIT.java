package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.File;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Markup stored through the API in every free-text field comes back as text on every page that
 * shows it. Each field gets a canary of its own ({@code <script>alert('xss-<field>-<run>')</script>},
 * or an {@code <img onerror>} variant); the pages are fetched as served HTML by people signed in
 * through the login form. A page passes when it answers 200, holds no canary (nor any
 * {@code <script>alert(} or {@code <img src=x onerror}) as markup, and shows the canaries it is
 * the main page for in their escaped form, so a page cannot pass by leaving the text out.
 *
 * <p>Each test opens a team of its own (its name a canary too) with people whose display names are
 * canaries, so nothing depends on data other tests leave behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredMarkupIT {
    private static final String PASSWORD = "a long enough passphrase";
    private static final List<String> TABS = List.of("story", "timeline", "factors", "reflection", "actions", "history");

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    /** Sets this test's canaries apart from every other run's. */
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final Map<String, String> canaries = new LinkedHashMap<>();

    // --- reports, questions, recoveries, bent rules, triage ---

    @Test
    void reportTexts_areShownEscaped_onTheReportRecoveryBentRuleInboxAndNotificationPages() {
        World w = world();
        JsonObject filed = submit(w.reporter(), report(w, "title", "narrative")
                .add("bentRule", Json.createObjectBuilder().add("rule", script("rule")).add("reason", img("ruleReason"))
                        .add("valueCreated", script("valueCreated")))
                .add("affectedCustomers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", script("customerRef"))
                        .add("proactive", true).add("note", img("customerNote")))));
        String id = filed.getString("id");
        String recoveryId = filed.getJsonArray("recoveries").getJsonObject(0).getString("id");
        String questionId = expect(200, api().post("api/reports/" + id + "/questions", w.leader().login(), text(script("question"))))
                .json().getString("id");
        expect(200, api().post("api/reports/" + id + "/questions/" + questionId + "/answer", w.reporter().login(), text(img("answer"))));
        expect(200, api().post("api/recoveries/" + recoveryId + "/steps", w.reporter().login(), Json.createObjectBuilder()
                .add("step", "CONTACTED").add("channel", "PHONE").add("by", script("apologisedBy")).add("note", img("stepNote"))
                .build().toString()));
        expect(200, api().post("api/bent-rules/decisions", w.leader().login(), Json.createObjectBuilder().add("team", w.team())
                .add("rule", canaries.get("rule")).add("decision", "CHANGE").add("note", script("decisionNote")).build().toString()));
        String noted = submit(w.reporter(), report(w, "notedTitle", "notedNarrative")).getString("id");
        Http leader = signIn(w.leader().login());
        Http reporter = signIn(w.reporter().login());

        // before triage, the leader's triage form lists the team's other reports by title
        shows(leader, "report/view.xhtml?id=" + noted, "notedTitle", "notedNarrative", "title", "team", "reporterName");
        expect(200, api().post("api/reports/" + noted + "/triage", w.leader().login(),
                Json.createObjectBuilder().add("decision", "NOTED").add("note", script("triageNote")).build().toString()));

        List<String> report = List.of("title", "narrative", "rule", "ruleReason", "valueCreated", "customerRef", "question", "answer",
                "leaderName", "team");
        shows(leader, "report/view.xhtml?id=" + id, concat(report, "reporterName"));
        shows(reporter, "report/view.xhtml?id=" + id, report);
        shows(reporter, "report/view.xhtml?id=" + noted, "notedTitle", "notedNarrative", "triageNote");
        shows(reporter, "report/mine.xhtml", "title", "notedTitle", "team");
        shows(leader, "report/inbox.xhtml?status=all", "title", "notedTitle", "team", "reporterName");
        shows(leader, "report/bent-rules.xhtml", "rule", "ruleReason", "valueCreated", "decisionNote", "leaderName", "title", "team");
        List<String> recovery = List.of("customerRef", "customerNote", "apologisedBy", "stepNote", "title");
        shows(leader, "recovery/case.xhtml?id=" + recoveryId, recovery);
        shows(reporter, "recovery/case.xhtml?id=" + recoveryId, recovery);
        shows(leader, "recovery/due.xhtml", "customerRef", "title", "team");
        shows(reporter, "notifications.xhtml", "notedTitle", "triageNote");
        shows(leader, "notifications.xhtml", "title", "notedTitle");
        shows(leader, "index.xhtml", "leaderName", "team");
        Http admin = signIn("admin");
        shows(admin, "admin/audit.xhtml");
        shows(admin, "admin/teams.xhtml", "team");
        shows(admin, "admin/accounts.xhtml");
        shows(admin, "admin/account.xhtml?username=" + w.leader().username(), "leaderName", "team");
    }

    // --- reviews, action items, lessons, scenario cards, insights ---

    @Test
    void reviewLessonAndPracticeTexts_areShownEscaped_whileDraftingAndOncePublished() {
        World w = world();
        String reportId = submit(w.reporter(), report(w, "reportTitle", "reportNarrative")).getString("id");
        String id = expect(200, api().post("api/reports/" + reportId + "/triage", w.leader().login(), "{\"decision\":\"REVIEW\"}"))
                .json().getString("reviewId");
        String tag = "xss " + run;
        expect(200, api().patch("api/reviews/" + id, w.leader().login(), Json.createObjectBuilder()
                .add("title", script("reviewTitle")).add("summary", img("summary")).add("whatHappened", script("whatHappened"))
                .add("why", img("why")).add("howFixed", script("howFixed")).add("takeaway", img("takeaway"))
                .add("wentWell", script("wentWell")).add("wentWrong", img("wentWrong")).add("gotLucky", script("gotLucky"))
                .add("noActionReason", img("noActionReason")).add("facilitator", w.leader().username())
                .add("participants", Json.createArrayBuilder().add(w.colleague().username()))
                .add("tags", Json.createArrayBuilder().add(tag)).build().toString()));
        Http.Answer markupTag = api().patch("api/reviews/" + id, w.leader().login(),
                Json.createObjectBuilder().add("tags", Json.createArrayBuilder().add(script("tag"))).build().toString());
        assertThat(markupTag.status()).as("a tag is letters, digits, spaces, - and _ only: " + markupTag).isEqualTo(400);
        String at = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS).toString();
        expect(200, api().post("api/reviews/" + id + "/timeline", w.leader().login(),
                Json.createObjectBuilder().add("at", at).add("text", script("timeline")).build().toString()));
        expect(200, api().post("api/reviews/" + id + "/factors", w.leader().login(), Json.createObjectBuilder().add("category", "TOOLS")
                .add("description", img("factor")).add("whys", Json.createArrayBuilder().add(script("why1")).add(img("why2")))
                .build().toString()));
        expect(200, api().post("api/reviews/" + id + "/actions", w.leader().login(), action(script("actionTitle"), w.colleague())));
        String dropped = expect(200, api().post("api/reviews/" + id + "/actions", w.leader().login(), action(img("droppedTitle"), w.colleague())))
                .json().getString("id");
        expect(200, api().post("api/actions/" + dropped + "/status", w.colleague().login(),
                Json.createObjectBuilder().add("status", "NOT_DOING").add("reason", script("notDoingReason")).build().toString()));
        move(w, id, "IN_REVIEW", null);
        move(w, id, "DRAFTING", img("returnReason"));
        Http leader = signIn(w.leader().login());
        Http colleague = signIn(w.colleague().login());
        Http reporter = signIn(w.reporter().login());

        // drafting: the leader sees the texts in the editing forms
        Map<String, List<String>> drafting = Map.of("story", List.of("summary", "whatHappened", "why", "howFixed", "takeaway"),
                "timeline", List.of("timeline"), "factors", List.of("factor", "why1", "why2"),
                "reflection", List.of("wentWell", "wentWrong", "gotLucky"),
                "actions", List.of("actionTitle", "droppedTitle", "notDoingReason", "ownerName"), "history", List.of("droppedTitle"));
        for (String tab : TABS) {
            shows(leader, "review/view.xhtml?id=" + id + "&tab=" + tab,
                    concat(drafting.get(tab), "reviewTitle", "reportTitle", "returnReason", "leaderName", "team"));
        }
        shows(leader, "review/list.xhtml", "reviewTitle", "leaderName", "team");
        // a report waiting for triage offers the open review to join, by its title
        String waiting = submit(w.reporter(), report(w, "waitingTitle", "waitingNarrative")).getString("id");
        shows(leader, "report/view.xhtml?id=" + waiting, "waitingTitle", "waitingNarrative", "reviewTitle", "reportTitle");
        shows(colleague, "action/mine.xhtml", "actionTitle", "droppedTitle", "notDoingReason", "reviewTitle", "team");
        shows(leader, "action/team.xhtml", "actionTitle", "droppedTitle", "notDoingReason", "reviewTitle", "ownerName", "team");
        shows(colleague, "notifications.xhtml", "actionTitle", "droppedTitle");

        move(w, id, "IN_REVIEW", null);
        move(w, id, "APPROVED", null);
        // The canaries share words ("script", "alert", the run) with the people's display names, canaries too: publishing
        // lists them as what looks like personal data (ADR 48), and the leader, having checked them, publishes anyway.
        Http.Answer refused = expect(409, api().post("api/reviews/" + id + "/transitions", w.leader().login(), "{\"to\":\"PUBLISHED\"}"));
        JsonArrayBuilder checked = Json.createArrayBuilder();
        refused.json().getJsonArray("findings").getValuesAs(JsonObject.class).forEach(f -> checked.add(f.getString("text")));
        String lessonId = expect(200, api().post("api/reviews/" + id + "/transitions", w.leader().login(),
                Json.createObjectBuilder().add("to", "PUBLISHED").add("acknowledgedFindings", checked).build().toString())).json().getString("lessonId");

        // published: the same texts, read-only
        Map<String, List<String>> published = Map.of("story", List.of("summary", "whatHappened", "why", "howFixed", "takeaway", "ownerName"),
                "timeline", List.of("timeline"), "factors", List.of("factor", "why1", "why2"),
                "reflection", List.of("wentWell", "wentWrong", "gotLucky"),
                "actions", List.of("actionTitle", "droppedTitle", "notDoingReason", "noActionReason", "ownerName"),
                "history", List.of());
        for (String tab : TABS) {
            shows(leader, "review/view.xhtml?id=" + id + "&tab=" + tab, concat(published.get(tab), "reviewTitle", "takeaway", "team"));
        }

        String scenarioId = expect(201, api().post("api/lessons/" + lessonId + "/scenarios", w.leader().login(), Json.createObjectBuilder()
                .add("persona", script("persona")).add("situation", img("situation")).add("mayOffer", script("mayOffer"))
                .add("goodLooksLike", img("goodLooksLike")).add("debriefQuestions", Json.createArrayBuilder().add(script("debrief")))
                .build().toString())).json().getString("id");
        expect(201, api().post("api/scenarios/" + scenarioId + "/practice", w.leader().login(), Json.createObjectBuilder()
                .add("heldOn", LocalDate.now(ZoneOffset.UTC).toString()).add("participants", Json.createArrayBuilder().add(img("participant")))
                .add("notes", script("practiceNotes")).build().toString()));
        expect(200, api().post("api/lessons/" + lessonId + "/endorsements", w.reporter().login(), "{\"kind\":\"APPLIES_TO_MY_TEAM\"}"));

        shows(reporter, "lesson/view.xhtml?id=" + lessonId, "reviewTitle", "takeaway", "summary", "whatHappened", "why", "howFixed",
                "factor", "why1", "why2", "wentWell", "wentWrong", "gotLucky", "actionTitle", "persona", "team");
        Http.Answer lessonPage = shows(reporter, "lesson/board.xhtml?q=" + run, "reviewTitle", "takeaway", "team");
        assertThat(lessonPage.body()).as("the lesson is found by the run's marker, with its tag").contains(tag);
        shows(reporter, "lesson/board.xhtml?q=" + URLEncoder.encode(script("searchText"), StandardCharsets.UTF_8), "searchText");
        shows(reporter, "lesson/board.xhtml?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8), "reviewTitle", "takeaway");
        shows(reporter, "scenario/view.xhtml?id=" + scenarioId, "persona", "situation", "mayOffer", "goodLooksLike", "debrief",
                "participant", "practiceNotes", "reviewTitle", "team");
        shows(reporter, "scenario/list.xhtml");
        shows(reporter, "notifications.xhtml", "reportTitle", "takeaway");
        shows(leader, "insights.xhtml?team=" + URLEncoder.encode(w.team(), StandardCharsets.UTF_8), "reviewTitle", "team");
        shows(leader, "insights.xhtml");
        shows(leader, "index.xhtml", "leaderName", "team");
    }

    // --- assessments and coaching records ---

    @Test
    void coachingTexts_areShownEscaped_toTheCoachTheEmployeeAndHr() {
        World w = world();
        String reportId = submit(w.reporter(), report(w, "reportTitle", "reportNarrative")).getString("id");
        Http leader = signIn(w.leader().login());
        shows(leader, "coaching/assessment-new.xhtml");
        String assessmentId = expect(201, api().post("api/assessments", w.leader().login(), Json.createObjectBuilder()
                .add("reportId", reportId).add("subject", w.reporter().username()).add("reason", script("assessmentReason"))
                .add("tests", Json.createObjectBuilder().add("deliberateHarm", false).add("health", false).add("foresight", true)
                        .add("substitution", true))
                .add("behaviour", "AT_RISK").add("response", "COACH").build().toString())).json().getString("id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String recordId = expect(201, api().post("api/coaching-records", w.leader().login(), Json.createObjectBuilder()
                .add("employee", w.reporter().username()).add("heldAt", today.toString()).add("topic", script("topic"))
                .add("expectation", img("expectation")).add("observations", script("observations")).add("agreedActions", img("agreedActions"))
                .add("followUpDate", today.plusDays(14).toString()).build().toString())).json().getString("id");
        shows(leader, "coaching/record-form.xhtml?id=" + recordId, "topic", "expectation", "observations", "agreedActions");
        shows(leader, "coaching/record-form.xhtml", "reporterName", "team");
        shows(leader, "coaching/record.xhtml?id=" + recordId, "topic", "expectation", "observations", "agreedActions", "reporterName");
        expect(200, api().post("api/coaching-records/" + recordId + "/share", w.leader().login(), ""));
        expect(200, api().post("api/coaching-records/" + recordId + "/acknowledgement", w.reporter().login(),
                Json.createObjectBuilder().add("decision", "DECLINED").add("comment", script("declineComment")).build().toString()));
        Http employee = signIn(w.reporter().login());
        Http hr = signIn("hana");

        for (Http reader : List.of(leader, employee, hr)) {
            shows(reader, "coaching/record.xhtml?id=" + recordId, "topic", "expectation", "observations", "agreedActions", "declineComment",
                    "leaderName", "reporterName", "team");
            shows(reader, "coaching/assessment.xhtml?id=" + assessmentId, "assessmentReason", "leaderName", "reporterName", "team");
        }
        shows(leader, "coaching/index.xhtml", "topic", "reporterName", "team");
        shows(employee, "coaching/mine.xhtml", "topic", "leaderName");
        shows(hr, "coaching/hr.xhtml");
        shows(signIn("admin"), "admin/audit.xhtml");
    }

    // --- the world of one test ---

    private record Person(String username, String login) {
    }

    /** A team whose name is a canary, its leader, a reporter and a colleague, each with a canary for a display name. */
    private record World(String team, Person leader, Person reporter, Person colleague) {
    }

    private World world() {
        String team = script("team");
        expect(201, api().post("api/admin/teams", "admin", Json.createObjectBuilder().add("name", team).build().toString()));
        return new World(team, person("lead", img("leaderName"), List.of("EMPLOYEE", "LEADER"), List.of(), List.of(team)),
                person("rep", script("reporterName"), List.of("EMPLOYEE"), List.of(team), List.of()),
                person("col", img("ownerName"), List.of("EMPLOYEE"), List.of(team), List.of()));
    }

    private Person person(String prefix, String displayName, List<String> roles, List<String> teams, List<String> leads) {
        String username = prefix + run + UUID.randomUUID().toString().substring(0, 4);
        expect(201, api().post("api/admin/users", "admin", Json.createObjectBuilder().add("username", username).add("displayName", displayName)
                .add("password", PASSWORD).add("roles", array(roles)).add("teams", array(teams)).add("leads", array(leads)).build().toString()));
        return new Person(username, username + ":" + PASSWORD);
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private JsonObjectBuilder report(World w, String title, String narrative) {
        return Json.createObjectBuilder().add("title", script(title)).add("narrative", img(narrative))
                .add("occurredAt", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", w.team()).add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED");
    }

    private JsonObject submit(Person who, JsonObjectBuilder report) {
        return expect(201, api().post("api/reports", who.login(), report.build().toString())).json();
    }

    private static String action(String title, Person owner) {
        return Json.createObjectBuilder().add("title", title).add("type", "CORRECTIVE").add("owner", owner.username()).build().toString();
    }

    private JsonObject move(World w, String reviewId, String to, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("to", to);
        if (reason != null) {
            body.add("reason", reason);
        }
        return expect(200, api().post("api/reviews/" + reviewId + "/transitions", w.leader().login(), body.build().toString())).json();
    }

    private static String text(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    private Http api() {
        return Http.api(base);
    }

    private static Http.Answer expect(int status, Http.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer;
    }

    // --- canaries ---

    /** A script canary for one field, remembered under the field's name. */
    private String script(String field) {
        return remember(field, "<script>alert('xss-" + field + "-" + run + "')</script>");
    }

    /** An image canary for one field: markup that runs without a script element. */
    private String img(String field) {
        return remember(field, "<img src=x onerror=alert('xss-" + field + "-" + run + "')>");
    }

    private String remember(String field, String canary) {
        assertThat(canaries.putIfAbsent(field, canary)).as("one canary per field: " + field).isNull();
        return canary;
    }

    private static String escaped(String canary) {
        return canary.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<String> concat(List<String> fields, String... more) {
        return java.util.stream.Stream.concat(fields.stream(), java.util.stream.Stream.of(more)).toList();
    }

    // --- pages ---

    /** Signs in through the login form, as a browser would; a login without ':' uses the demo password. */
    private Http signIn(String login) {
        String username = login.contains(":") ? login.substring(0, login.indexOf(':')) : login;
        String password = login.contains(":") ? login.substring(login.indexOf(':') + 1) : Http.DEMO_PASSWORD;
        return Http.signedInPage(base, new CookieManager(), username, password);
    }

    private Http.Answer shows(Http browser, String page, String... fields) {
        return shows(browser, page, List.of(fields));
    }

    /**
     * Fetches the page and checks that no canary of this test, and no script or image canary of any
     * other, is in it as markup, and that each named field's canary is in it as text.
     */
    private Http.Answer shows(Http browser, String page, List<String> fields) {
        Http.Answer shown = browser.get(page, null);
        assertThat(shown.status()).as(page + " " + shown.header("Location").orElse("")).isEqualTo(200);
        String html = shown.body();
        canaries.forEach((field, canary) -> assertThat(html).as(page + " shows the " + field + " canary as markup").doesNotContain(canary));
        assertThat(html).as(page + " holds markup stored as text").doesNotContain("<script>alert(").doesNotContain("<img src=x onerror");
        String text = html.replace("&#39;", "'").replace("&#x27;", "'");
        for (String field : fields) {
            assertThat(canaries).as("a canary was stored for " + field).containsKey(field);
            assertThat(text).as(page + " shows the " + field + " canary, escaped").contains(escaped(canaries.get(field)));
        }
        return shown;
    }
}
