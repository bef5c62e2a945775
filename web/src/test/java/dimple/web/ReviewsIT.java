package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.net.CookieManager;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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

/**
 * Triage, reviews and action items over the API (API.md "Triage, reviews and action items") in the
 * real container: optimistic locking with ETag and If-Match, the frozen published review, who sees
 * what, and that a confidential reporter is named nowhere. Each test works in a team of its own with
 * people it creates, so tests share nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewsIT {
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

    /** A team of its own: a leader, a reporter, a colleague, and a leader of another team. */
    private record Team(String name, Person leader, Person reporter, Person colleague, Person outsider) {
    }

    private record Person(String username, String displayName, String credentials) {
    }

    private Team team() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String name = "Review desk " + suffix;
        String other = "Other desk " + suffix;
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + other + "\"}").status()).isEqualTo(201);
        return new Team(name, person("lead" + suffix, "[\"EMPLOYEE\",\"LEADER\"]", name, name),
                person("rep" + suffix, "[\"EMPLOYEE\"]", name, null), person("col" + suffix, "[\"EMPLOYEE\"]", name, null),
                person("out" + suffix, "[\"EMPLOYEE\",\"LEADER\"]", other, other));
    }

    private Person person(String username, String roles, String team, String leads) {
        String displayName = "Quill " + username;
        String body = "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\",\"roles\":%s,\"teams\":[\"%s\"],\"leads\":%s}"
                .formatted(username, displayName, PASSWORD, roles, team, leads == null ? "[]" : "[\"" + leads + "\"]");
        Http.Answer created = api().post("api/admin/users", "admin", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Person(username, displayName, username + ":" + PASSWORD);
    }

    private String report(Team team, String mode) {
        String body = Json.createObjectBuilder().add("title", "Guest charged twice").add("narrative", "The terminal timed out; the payment ran twice.")
                .add("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", team.name()).add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", mode)
                .build().toString();
        Http.Answer filed = api().post("api/reports", team.reporter().credentials(), body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().getString("id");
    }

    private String reviewOf(Team team, String mode) {
        Http.Answer triaged = api().post("api/reports/" + report(team, mode) + "/triage", team.leader().credentials(), "{\"decision\":\"REVIEW\"}");
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        assertThat(triaged.json().getString("status")).isEqualTo("IN_REVIEW");
        return triaged.json().getString("reviewId");
    }

    private Http.Answer patch(String reviewId, Person who, String ifMatch, String json) {
        HttpRequest.Builder request = api().request("api/reviews/" + reviewId, who.credentials()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api().send(request.build());
    }

    private Http.Answer move(String reviewId, Person who, String to, String reason) {
        return api().post("api/reviews/" + reviewId + "/transitions", who.credentials(),
                reason == null ? "{\"to\":\"" + to + "\"}" : "{\"to\":\"" + to + "\",\"reason\":\"" + reason + "\"}");
    }

    /** A review of the team's report with this story, a factor and an action, approved by the team's leader. */
    private String approvedReview(Team team, String mode, String whatHappened) {
        String id = reviewOf(team, mode);
        Person lead = team.leader();
        assertThat(patch(id, lead, null, Json.createObjectBuilder().add("whatHappened", whatHappened).build().toString()).status()).isEqualTo(200);
        assertThat(api().post("api/reviews/" + id + "/factors", lead.credentials(),
                "{\"category\":\"TOOLS\",\"description\":\"No timeout screen\",\"whys\":[\"Never switched on\"]}").status()).isEqualTo(200);
        assertThat(api().post("api/reviews/" + id + "/actions", lead.credentials(),
                "{\"title\":\"Switch on the timeout screen\",\"type\":\"CORRECTIVE\",\"owner\":\"" + lead.username() + "\"}").status()).isEqualTo(200);
        assertThat(move(id, lead, "IN_REVIEW", null).status()).isEqualTo(200);
        Http.Answer approved = move(id, lead, "APPROVED", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return id;
    }

    private Http.Answer publish(String id, Person lead, List<String> acknowledged) {
        return api().post("api/reviews/" + id + "/transitions", lead.credentials(), Json.createObjectBuilder().add("to", "PUBLISHED")
                .add("acknowledgedFindings", Json.createArrayBuilder(acknowledged)).build().toString());
    }

    private static List<String> findings(Http.Answer refused) {
        return refused.json().getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field") + " | " + f.getString("text") + " | " + f.getString("kind") + " | " + f.getBoolean("acknowledgeable"))
                .toList();
    }

    @Test
    void publishingWhatLooksPersonal_is409WithEachFinding_andIsPublishedOnceTheLeaderAcknowledgesThem() {
        Team team = team();
        Person lead = team.leader();
        String colleague = team.colleague().username();
        String id = approvedReview(team, "NAMED", "Then " + colleague + " rang the guest on +49 89 1234567 (ticket R-2026-000123, 2026-12-07).");

        Http.Answer refused = publish(id, lead, List.of());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("code")).isEqualTo("deid.refused");
        assertThat(refused.json().getString("detail")).contains("looks like personal data (2 found)");
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field") + " | " + e.getString("message"))
                .containsExactly("whatHappened | What happened: \u201C" + colleague + "\u201D looks like the name of a person in the organisation.",
                        "whatHappened | What happened: \u201C+49 89 1234567\u201D looks like a phone number.");
        assertThat(findings(refused)).containsExactly("whatHappened | " + colleague + " | PERSON_NAME | true",
                "whatHappened | +49 89 1234567 | PHONE_NUMBER | true");
        assertThat(api().get("api/reviews/" + id, lead.credentials()).json().getString("status")).isEqualTo("APPROVED");
        assertThat(publish(id, lead, List.of(colleague)).status()).as("one finding left unacknowledged").isEqualTo(409);

        Http.Answer published = publish(id, lead, List.of(colleague, "+49 89 1234567"));

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");
        String audit = api().get("api/admin/audit?size=100&actor=" + lead.username(), "admin").body();
        assertThat(audit).contains("REVIEW_PUBLISH_REFUSED").contains("found PERSON_NAME=1, PHONE_NUMBER=1")
                .contains("acknowledged PERSON_NAME=1, PHONE_NUMBER=1").doesNotContain("1234567");
    }

    @Test
    void inAReviewOfAConfidentialReport_theReportersNameAndAColleaguesName_areRefusedAlike_andNoAcknowledgementLetsThemThrough() {
        Team team = team();
        Person lead = team.leader();
        String reporter = team.reporter().username();
        String colleague = team.colleague().username();
        String byReporter = approvedReview(team, "CONFIDENTIAL", "Then " + reporter + " noticed the double charge.");
        String byColleague = approvedReview(team, "CONFIDENTIAL", "Then " + colleague + " noticed the double charge.");

        Http.Answer reporterNamed = publish(byReporter, lead, List.of(reporter));
        Http.Answer colleagueNamed = publish(byColleague, lead, List.of(colleague));

        assertThat(reporterNamed.status()).as(reporterNamed.toString()).isEqualTo(409);
        assertThat(colleagueNamed.status()).as(colleagueNamed.toString()).isEqualTo(409);
        assertThat(reporterNamed.body().replace(reporter, "NAME")).as("the same answer, whoever the name is")
                .isEqualTo(colleagueNamed.body().replace(colleague, "NAME"));
        assertThat(findings(reporterNamed)).containsExactly("whatHappened | " + reporter + " | NAME_NOT_TO_PUBLISH | false");
        assertThat(reporterNamed.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("What happened: \u201C" + reporter + "\u201D is a name that must not be published in this lesson. Replace it.");
        assertThat(api().get("api/reviews/" + byReporter, lead.credentials()).json().getString("status")).isEqualTo("APPROVED");
    }

    @Test
    void twoPatchesWithTheSameIfMatch_theFirstIsSaved_theSecondIs412_andNothingIsOverwritten() {
        Team team = team();
        String id = reviewOf(team, "NAMED");
        Http.Answer read = api().get("api/reviews/" + id, team.leader().credentials());
        assertThat(read.status()).isEqualTo(200);
        String etag = read.header("ETag").orElseThrow();
        assertThat(etag).as("the version and a hash of the answer").matches("\"\\d+-[0-9a-f]{16}\"");

        Http.Answer first = patch(id, team.leader(), etag, "{\"whatHappened\":\"The terminal timed out.\"}");
        Http.Answer second = patch(id, team.leader(), etag, "{\"whatHappened\":\"Someone else's text.\"}");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(second.status()).as(second.toString()).isEqualTo(412);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().getString("detail")).contains("Someone else changed this record");
        assertThat(api().get("api/reviews/" + id, team.leader().credentials()).json().getString("whatHappened"))
                .isEqualTo("The terminal timed out.");
        assertThat(patch(id, team.leader(), first.header("ETag").orElseThrow(), "{\"why\":\"No timeout screen.\"}").status())
                .as("with the new ETag the change goes through").isEqualTo(200);
        assertThat(patch(id, team.leader(), null, "{\"summary\":\"Without If-Match there is no check.\"}").status()).isEqualTo(200);
    }

    @Test
    void aFacilitatorWhoIsNotALeader_invitingSomeoneOfAnotherTeam_is409_onTheApi_andAMessageOnThePage() {
        Team team = team();
        String id = reviewOf(team, "NAMED");
        assertThat(patch(id, team.leader(), null, "{\"facilitator\":\"" + team.reporter().username() + "\"}").status()).isEqualTo(200);

        Http.Answer refused = patch(id, team.reporter(), null, "{\"participants\":[\"" + team.outsider().username() + "\"]}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("Only a leader of the review's team can bring in people from other teams");
        assertThat(patch(id, team.reporter(), null, "{\"facilitator\":\"" + team.outsider().username() + "\"}").status())
                .as("nor hand the review over to them").isEqualTo(409);
        assertThat(api().get("api/reviews/" + id, team.outsider().credentials()).status()).as("the outsider still cannot read it").isEqualTo(404);

        Http browser = Http.browserLike(base, new CookieManager());
        Http.Answer login = browser.get("login.xhtml", null);
        assertThat(browser.postForm("login.xhtml", FoundationIT.formBody(login.body(), "signInForm", "signInForm:username",
                team.reporter().username(), "signInForm:password", PASSWORD, "signInForm:submit", "")).status()).isEqualTo(302);
        String title = api().get("api/reviews/" + id, team.leader().credentials()).json().getString("title");
        Http.Answer page = browser.get("review/view.xhtml?id=" + id, null);
        assertThat(page.status()).isEqualTo(200);
        Http.Answer saved = browser.postForm("review/view.xhtml?id=" + id, FoundationIT.formBody(page.body(), "storyForm",
                "storyForm:title", title, "storyForm:summary", "", "storyForm:whatHappened", "", "storyForm:why", "", "storyForm:howFixed", "",
                "storyForm:takeaway", "", "storyForm:facilitator_input", team.reporter().username(),
                "storyForm:participants_input", team.outsider().username(), "storyForm:tags_input", "", "storyForm:save", ""));
        assertThat(saved.status()).as("the same page with a message, not an error").isEqualTo(200);
        assertThat(saved.body()).contains("team can bring in people from other teams; you can invite members of the team.");
        assertThat(api().get("api/reviews/" + id, team.outsider().credentials()).status()).isEqualTo(404);

        Http.Answer colleague = patch(id, team.reporter(), null, "{\"participants\":[\"" + team.colleague().username() + "\"]}");
        assertThat(colleague.status()).as("a member of the team is welcome").isEqualTo(200);
    }

    @Test
    void aReview_runsFromTriageToPublish_andOncePublishedEveryChangeIs409() {
        Team team = team();
        String id = reviewOf(team, "NAMED");
        Person lead = team.leader();
        String at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

        Http.Answer entry = api().post("api/reviews/" + id + "/timeline", lead.credentials(), "{\"at\":\"" + at + "\",\"text\":\"Terminal times out\"}");
        assertThat(entry.status()).as(entry.toString()).isEqualTo(200);
        assertThat(entry.json().getString("kind")).isEqualTo("EVENT");
        Http.Answer factor = api().post("api/reviews/" + id + "/factors", lead.credentials(),
                "{\"category\":\"TOOLS\",\"description\":\"No timeout screen\",\"whys\":[\"Never switched on\",\"Not on the checklist\"]}");
        assertThat(factor.status()).as(factor.toString()).isEqualTo(200);
        assertThat(strings(factor.json(), "whys")).containsExactly("Never switched on", "Not on the checklist");
        Http.Answer action = api().post("api/reviews/" + id + "/actions", lead.credentials(),
                "{\"title\":\"Switch on the timeout screen\",\"type\":\"CORRECTIVE\",\"owner\":\"" + team.colleague().username() + "\"}");
        assertThat(action.status()).as(action.toString()).isEqualTo(200);
        assertThat(action.json().getString("dueDate")).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());

        assertThat(move(id, lead, "APPROVED", null).status()).as("drafting cannot skip review").isEqualTo(409);
        assertThat(move(id, lead, "IN_REVIEW", null).status()).isEqualTo(200);
        Http.Answer withoutReason = move(id, lead, "DRAFTING", null);
        assertThat(withoutReason.status()).isEqualTo(409);
        assertThat(withoutReason.json().getString("detail")).contains("Say why");
        assertThat(move(id, team.colleague(), "APPROVED", null).status()).as("employees do not move reviews").isEqualTo(403);
        assertThat(move(id, lead, "APPROVED", null).status()).isEqualTo(200);
        Http.Answer published = move(id, lead, "PUBLISHED", null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.json().getString("lessonId")).isNotBlank();
        String etag = published.header("ETag").orElseThrow();

        Http.Answer late = patch(id, lead, etag, "{\"whatHappened\":\"Second thoughts\"}");
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().getString("detail")).contains("published and frozen");
        assertThat(api().post("api/reviews/" + id + "/timeline", lead.credentials(), "{\"at\":\"" + at + "\",\"text\":\"Late\"}").status())
                .isEqualTo(409);
        assertThat(api().post("api/reviews/" + id + "/factors", lead.credentials(), "{\"category\":\"POLICY\",\"description\":\"Late\"}").status())
                .isEqualTo(409);
        assertThat(move(id, lead, "DRAFTING", "Reopen").status()).isEqualTo(409);

        String actionId = action.json().getString("id");
        Http.Answer done = api().post("api/actions/" + actionId + "/status", team.colleague().credentials(), "{\"status\":\"DONE\"}");
        assertThat(done.status()).as("actions move on after publishing").isEqualTo(200);
        assertThat(api().get("api/reports?mine=true", team.reporter().credentials()).json().getJsonArray("items").getJsonObject(0)
                .getString("status")).isEqualTo("CLOSED");
        assertThat(api().get("api/inbox", team.reporter().credentials()).body()).contains("What changes because you reported");
    }

    @Test
    void onlyLeadersOfTheTeamAndPeopleNamedOnTheReview_seeIt_andOnlyLeadersTriage() {
        Team team = team();
        String reportId = report(team, "NAMED");
        assertThat(api().post("api/reports/" + reportId + "/triage", team.reporter().credentials(), "{\"decision\":\"REVIEW\"}").status())
                .as("the reporter is no leader").isEqualTo(403);
        assertThat(api().post("api/reports/" + reportId + "/triage", team.outsider().credentials(), "{\"decision\":\"REVIEW\"}").status())
                .as("a leader of another team may not see the report").isEqualTo(404);
        String id = api().post("api/reports/" + reportId + "/triage", team.leader().credentials(), "{\"decision\":\"REVIEW\"}").json()
                .getString("reviewId");

        for (Person nobody : List.of(team.outsider(), team.colleague(), team.reporter())) {
            Http.Answer answer = api().get("api/reviews/" + id, nobody.credentials());
            assertThat(answer.status()).as(nobody.username()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Guest charged twice");
        }
        assertThat(patch(id, team.leader(), null, "{\"participants\":[\"" + team.colleague().username() + "\"]}").status()).isEqualTo(200);
        assertThat(api().get("api/reviews/" + id, team.colleague().credentials()).status()).isEqualTo(200);
        assertThat(patch(id, team.colleague(), null, "{\"summary\":\"mine\"}").status()).as("participants read only").isEqualTo(403);
        assertThat(api().get("api/reviews/" + id, "hana").status()).isIn(403, 404);
    }

    @Test
    void aConfidentialReporter_isToldInTheirInbox_andAppearsNowhereInTheReviewOrItsHistory() {
        Team team = team();
        String id = reviewOf(team, "CONFIDENTIAL");
        patch(id, team.leader(), null, "{\"whatHappened\":\"The terminal timed out; it obviously should have warned.\"}");

        Http.Answer review = api().get("api/reviews/" + id, team.leader().credentials());
        Http.Answer history = api().get("api/reviews/" + id + "/history", team.leader().credentials());
        Http.Answer inbox = api().get("api/inbox", team.reporter().credentials());

        assertThat(review.body() + history.body()).doesNotContain(team.reporter().username()).doesNotContain(team.reporter().displayName());
        assertThat(review.body()).as("blame-language hints apply to the review's texts").contains("\"phrase\":\"should have\"");
        assertThat(inbox.json().getJsonArray("items").getJsonObject(0).getString("text")).contains("goes into a blameless review")
                .doesNotContain(team.reporter().username());
        assertThat(api().get("api/inbox", team.leader().credentials()).body()).doesNotContain("goes into a blameless review");
    }

    @Test
    void theOutbox_showsAdministratorsCountsAndKinds_neverWhoOrWhatAMessageIsAbout() {
        Team team = team();
        String id = reviewOf(team, "CONFIDENTIAL");
        assertThat(api().get("api/inbox", team.reporter().credentials()).body()).as("told at once, not a minute later")
                .contains("goes into a blameless review");

        Http.Answer health = api().get("api/admin/outbox", "admin");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        JsonObject outbox = health.json();
        assertThat(outbox.getJsonNumber("waiting").longValue()).isNotNegative();
        assertThat(outbox.getJsonNumber("failing").longValue()).isNotNegative();
        assertThat(outbox.getJsonArray("kinds")).isNotNull();
        assertThat(outbox.getJsonArray("failures")).isNotNull();
        assertThat(health.body()).doesNotContain(team.reporter().username()).doesNotContain(team.reporter().displayName())
                .doesNotContain(id).doesNotContain("Guest charged twice").doesNotContain("payload");
        assertThat(api().get("api/admin/outbox", team.leader().credentials()).status()).isEqualTo(403);
        assertThat(api().get("api/admin/outbox", "hana").status()).isEqualTo(403);

        Http.Answer page = Http.signedInPage(base, new CookieManager(), "admin", Http.DEMO_PASSWORD).get("admin/audit.xhtml", null);
        assertThat(page.status()).isEqualTo(200);
        String section = page.body().substring(page.body().indexOf("id=\"outboxForm\""));
        section = section.substring(0, section.indexOf("</form>"));
        assertThat(section).as("the audit log above it names the accounts the admin opened; the outbox section names nobody")
                .contains("Outbox").contains("waiting").doesNotContain(team.reporter().username()).doesNotContain(id);
    }

    @Test
    void myActions_listTheOverdueFirst_andNotDoingNeedsAReason() {
        Team team = team();
        String id = reviewOf(team, "NAMED");
        String owner = team.colleague().username();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String later = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        api().post("api/reviews/" + id + "/actions", team.leader().credentials(),
                "{\"title\":\"Later\",\"type\":\"DETECTIVE\",\"owner\":\"" + owner + "\",\"dueDate\":\"" + later + "\"}");
        Http.Answer soon = api().post("api/reviews/" + id + "/actions", team.leader().credentials(),
                "{\"title\":\"Soon\",\"type\":\"PREVENTIVE\",\"owner\":\"" + owner + "\",\"dueDate\":\"" + today + "\",\"priority\":\"HIGH\"}");

        Http.Answer mine = api().get("api/actions?mine=true", team.colleague().credentials());
        Http.Answer teams = api().get("api/actions?team=" + team.name().replace(" ", "%20"), team.leader().credentials());

        assertThat(mine.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(a -> a.getString("title"))
                .containsExactly("Soon", "Later");
        assertThat(teams.json().getInt("total")).isEqualTo(2);
        assertThat(api().get("api/actions?team=" + team.name().replace(" ", "%20"), team.colleague().credentials()).status()).isEqualTo(403);
        String soonId = soon.json().getString("id");
        Http.Answer noReason = api().post("api/actions/" + soonId + "/status", team.colleague().credentials(), "{\"status\":\"NOT_DOING\"}");
        assertThat(noReason.status()).isEqualTo(409);
        Http.Answer read = api().get("api/actions/" + soonId, team.colleague().credentials());
        String etag = read.header("ETag").orElseThrow();
        Http.Answer dropped = api().send(api().request("api/actions/" + soonId + "/status", team.colleague().credentials())
                .header("Content-Type", "application/json").header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"NOT_DOING\",\"reason\":\"Covered by the new terminal\"}")).build());
        assertThat(dropped.status()).as(dropped.toString()).isEqualTo(200);
        assertThat(dropped.json().getString("reason")).isEqualTo("Covered by the new terminal");
        Http.Answer stale = api().send(api().request("api/actions/" + soonId + "/status", team.colleague().credentials())
                .header("Content-Type", "application/json").header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"DONE\"}")).build());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api().get("api/actions/" + soonId, team.outsider().credentials()).status()).isEqualTo(404);
    }

    @Test
    void triage_noted_orDuplicate_tellsTheReporterInTheApp() {
        Team team = team();
        String original = report(team, "NAMED");
        String noted = report(team, "NAMED");
        String duplicate = report(team, "CONFIDENTIAL");

        Http.Answer withoutNote = api().post("api/reports/" + noted + "/triage", team.leader().credentials(), "{\"decision\":\"NOTED\"}");
        Http.Answer notedAnswer = api().post("api/reports/" + noted + "/triage", team.leader().credentials(),
                "{\"decision\":\"NOTED\",\"note\":\"Thanks, the encoder is replaced this week.\"}");
        Http.Answer duplicateAnswer = api().post("api/reports/" + duplicate + "/triage", team.leader().credentials(),
                "{\"decision\":\"DUPLICATE\",\"duplicateOf\":\"" + original + "\"}");
        Http.Answer again = api().post("api/reports/" + noted + "/triage", team.leader().credentials(), "{\"decision\":\"REVIEW\"}");

        assertThat(withoutNote.status()).isEqualTo(409);
        assertThat(notedAnswer.status()).isEqualTo(200);
        assertThat(notedAnswer.json().getString("status")).isEqualTo("NOTED");
        assertThat(notedAnswer.json().containsKey("reviewId")).isFalse();
        assertThat(duplicateAnswer.json().getString("status")).isEqualTo("DUPLICATE");
        assertThat(again.status()).as("a report is triaged once").isEqualTo(409);
        String inbox = api().get("api/inbox", team.reporter().credentials()).body();
        assertThat(inbox).contains("Thanks, the encoder is replaced this week.").contains("tells of the same thing as report");
    }

    private Http.Answer put(String path, Person who, String json) {
        return api().send(api().request(path, who.credentials()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private Http.Answer delete(String path, Person who) {
        return api().send(api().request(path, who.credentials()).header("Content-Type", "application/json").DELETE().build());
    }

    @Test
    void whileDrafting_momentsFactorsAndActionsAreCorrected_andTakenOut_onTheApi_andNotOnceTheTeamReviewsIt() {
        Team team = team();
        String id = reviewOf(team, "CONFIDENTIAL");
        Person lead = team.leader();
        String threeHoursAgo = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String oneHourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String fourHoursAgo = Instant.now().minus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

        JsonObject opened = api().get("api/reviews/" + id, lead.credentials()).json();
        assertThat(opened.getString("whatHappened", "")).as("a confidential reporter's own words are not copied into the review")
                .isEmpty();
        JsonObject ofNamed = api().get("api/reviews/" + reviewOf(team, "NAMED"), lead.credentials()).json();
        assertThat(ofNamed.getString("whatHappened")).as("a new review of a named report starts with its story")
                .isEqualTo("The terminal timed out; the payment ran twice.");
        assertThat(opened.toString()).doesNotContain(team.reporter().username()).doesNotContain(team.reporter().displayName());

        api().post("api/reviews/" + id + "/timeline", lead.credentials(), "{\"at\":\"" + threeHoursAgo + "\",\"text\":\"Terminal times out\"}");
        String wrong = api().post("api/reviews/" + id + "/timeline", lead.credentials(),
                "{\"at\":\"" + oneHourAgo + "\",\"text\":\"Guest checks in\"}").json().getString("id");
        Http.Answer corrected = put("api/reviews/" + id + "/timeline/" + wrong, lead, "{\"at\":\"" + fourHoursAgo + "\",\"text\":\"Guest checks in\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().getString("at")).isEqualTo(fourHoursAgo);
        assertThat(api().get("api/reviews/" + id, lead.credentials()).json().getJsonArray("timeline").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("text")).containsExactly("Guest checks in", "Terminal times out");

        String factor = api().post("api/reviews/" + id + "/factors", lead.credentials(),
                "{\"category\":\"TOOLS\",\"description\":\"No timeout screen\"}").json().getString("id");
        Http.Answer factorCorrected = put("api/reviews/" + id + "/factors/" + factor, lead,
                "{\"category\":\"PROCESS\",\"description\":\"No timeout screen\",\"whys\":[\"Not on the checklist\"]}");
        assertThat(factorCorrected.status()).as(factorCorrected.toString()).isEqualTo(200);
        assertThat(factorCorrected.json().getString("category")).isEqualTo("PROCESS");
        assertThat(delete("api/reviews/" + id + "/factors/" + factor, team.colleague()).status()).as("not named on the review: to them it does not exist").isEqualTo(404);
        assertThat(delete("api/reviews/" + id + "/factors/" + factor, team.outsider()).status()).as("another team's leader").isEqualTo(404);
        assertThat(delete("api/reviews/" + id + "/factors/" + factor, lead).status()).isEqualTo(204);
        assertThat(delete("api/reviews/" + id + "/factors/" + factor, lead).status()).as("gone").isEqualTo(404);

        String action = api().post("api/reviews/" + id + "/actions", lead.credentials(),
                "{\"title\":\"Switch on the timeout screen\",\"type\":\"CORRECTIVE\",\"owner\":\"" + lead.username() + "\"}").json().getString("id");
        Http.Answer revised = put("api/reviews/" + id + "/actions/" + action, lead,
                "{\"title\":\"Switch on the timeout screen on every terminal\",\"type\":\"PREVENTIVE\",\"owner\":\"" + team.colleague().username() + "\"}");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().getString("owner")).isEqualTo(team.colleague().username());
        assertThat(revised.json().getString("title")).isEqualTo("Switch on the timeout screen on every terminal");
        assertThat(put("api/reviews/" + id + "/actions/" + action, lead, "{\"title\":\"\",\"type\":\"PREVENTIVE\",\"owner\":\"x\"}").status())
                .isEqualTo(400);

        String history = api().get("api/reviews/" + id + "/history?size=100", lead.credentials()).body();
        assertThat(history).contains("No timeout screen").contains(team.colleague().displayName());

        assertThat(move(id, lead, "IN_REVIEW", null).status()).isEqualTo(200);
        Http.Answer late = put("api/reviews/" + id + "/timeline/" + wrong, lead, "{\"at\":\"" + threeHoursAgo + "\",\"text\":\"Guest checks in\"}");
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().getString("detail")).contains("while the review is being drafted");
        assertThat(delete("api/reviews/" + id + "/timeline/" + wrong, lead).status()).isEqualTo(409);
        assertThat(put("api/reviews/" + id + "/actions/" + action, lead,
                "{\"title\":\"Other\",\"type\":\"PREVENTIVE\",\"owner\":\"" + lead.username() + "\"}").status()).isEqualTo(409);
    }

    private static List<String> strings(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
