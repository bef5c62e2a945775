package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what: one table of API operations against the people who might call them, with the
 * status each must get. A record someone may not see answers 404, an action someone may not take 403,
 * no credentials 401. Bodies that would change shared fixtures are deliberately invalid, so a
 * permitted caller gets 400 (the check passed, the input did not) and nothing changes. The few calls
 * that take no body and would change something (disable, enable, archive, inbox/read) work on records
 * opened for this test only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {
    private static final String PASSWORD = "a long enough passphrase";

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    /** The people of the matrix, in its column order. */
    static final List<String> CALLERS = List.of("anonymous", "employee", "otherTeamEmployee", "reporter", "leader", "otherTeamLeader", "hr", "admin");

    record Row(String method, String path, String body, int... expected) {
    }

    @Test
    void everyOperation_answersEachCallerAsTheContractSays() {
        Http api = Http.api(base);
        String suffix = suffix();
        String colleague = "fd" + suffix;
        String spareAccount = "spare" + suffix;
        openAccount(api, colleague, "Frankie Desk");
        openAccount(api, spareAccount, "Sam Spare");
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("anonymous", null);
        credentials.put("employee", colleague + ":" + PASSWORD);
        credentials.put("otherTeamEmployee", "eli");
        credentials.put("reporter", "emma");
        credentials.put("leader", "lena");
        credentials.put("otherTeamLeader", "leo");
        credentials.put("hr", "hana");
        credentials.put("admin", "admin");

        String frontDesk = api.get("api/admin/teams", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals("Front Desk")).findFirst().orElseThrow().getString("id");
        Http.Answer filed = api.post("api/reports", "emma", report("NAMED"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String report = filed.json().getString("id");
        String recovery = filed.json().getJsonArray("recoveries").getJsonObject(0).getString("id");
        Http.Answer asked = api.post("api/reports/" + report + "/questions", "lena", "{\"text\":\"Which printer was it?\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        String question = asked.json().getString("id");
        String toWithdraw = api.post("api/reports", "emma", report("NAMED")).json().getString("id");
        String reviewed = api.post("api/reports", "emma", report("NAMED")).json().getString("id");
        String review = api.post("api/reports/" + reviewed + "/triage", "lena", "{\"decision\":\"REVIEW\"}").json().getString("reviewId");
        Http.Answer planned = api.post("api/reviews/" + review + "/actions", "lena",
                "{\"title\":\"Label check at the desk\",\"type\":\"PREVENTIVE\",\"owner\":\"" + colleague + "\"}");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        String action = planned.json().getString("id");
        String lesson = published(api, "emma", "NAMED").lessonId();
        String spareLesson = published(api, "emma", "NAMED").lessonId();
        Http.Answer card = api.post("api/lessons/" + lesson + "/scenarios", "lena", """
                {"persona":"A regular who got the wrong parcel","situation":"Busy counter","mayOffer":"A courier at our cost",
                 "goodLooksLike":"Apologise, fix, follow up","debriefQuestions":["What did you check?"]}""");
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        String scenario = card.json().getString("id");
        Http.Answer assessed = api.post("api/assessments", "lena", """
                {"reportId":"%s","subject":"emma","reason":"Labels were swapped.","tests":{"deliberateHarm":false,"health":false,
                 "foresight":false,"substitution":true},"behaviour":"HUMAN_ERROR","response":"CONSOLE"}""".formatted(report));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        String assessment = assessed.json().getString("id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Http.Answer drafted = api.post("api/coaching-records", "lena", """
                {"employee":"emma","heldAt":"%s","topic":"Label checks","expectation":"Compare label and order.",
                 "observations":"Two labels swapped.","agreedActions":"Check before sealing.","followUpDate":"%s"}"""
                .formatted(today, today.plusDays(14)));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String record = drafted.json().getString("id");
        assertThat(api.post("api/coaching-records/" + record + "/share", "lena", "").status()).isEqualTo(200);

        String reports = "api/reports/";
        String reviews = "api/reviews/" + review;
        String records = "api/coaching-records/" + record;
        List<Row> table = List.of(
                //                                                       anon emp  other rep  lead oLead hr   admin
                new Row("GET", "health/ready", null,                     200, 200, 200, 200, 200, 200, 200, 200),

                // --- identity and audit ---
                new Row("GET", "api/me", null,                           401, 200, 200, 200, 200, 200, 200, 200),
                new Row("POST", "api/me/password", "{}",                 401, 400, 400, 400, 400, 400, 400, 400),
                new Row("GET", "api/admin/users", null,                  401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "api/admin/users", "{}",                 401, 403, 403, 403, 403, 403, 403, 400),
                new Row("GET", "api/admin/users/" + colleague, null,     401, 403, 403, 403, 403, 403, 403, 200),
                new Row("PATCH", "api/admin/users/" + colleague, "{\"displayName\":\"\"}", 401, 403, 403, 403, 403, 403, 403, 400),
                // an account opened for this test only: the admin may disable and enable it
                new Row("POST", "api/admin/users/" + spareAccount + "/disable", "", 401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "api/admin/users/" + spareAccount + "/enable", "", 401, 403, 403, 403, 403, 403, 403, 200),
                // a reset of the spare account: the admin gets its one-time password
                new Row("POST", "api/admin/users/" + spareAccount + "/password", "", 401, 403, 403, 403, 403, 403, 403, 200),
                new Row("DELETE", "api/admin/users/" + spareAccount + "/sessions", "", 401, 403, 403, 403, 403, 403, 403, 200),
                new Row("GET", "api/admin/sign-in-delays", null,         401, 403, 403, 403, 403, 403, 403, 200),
                new Row("GET", "api/admin/settings", null,               401, 403, 403, 403, 403, 403, 403, 200),
                // kinds and impact levels: everyone signed in reads their words, administrators change them ("{}" changes nothing)
                new Row("GET", "api/categories", null,                   401, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "api/admin/categories", null,             401, 403, 403, 403, 403, 403, 403, 200),
                new Row("PUT", "api/admin/categories", "{}",             401, 403, 403, 403, 403, 403, 403, 200),
                new Row("PATCH", "api/admin/settings", "{}",             401, 403, 403, 403, 403, 403, 403, 200),
                // an online backup of the embedded database: the file stays on the server, only its name comes back
                new Row("POST", "api/admin/backups", "",                 401, 403, 403, 403, 403, 403, 403, 201),
                new Row("DELETE", "api/admin/sign-in-delays/not-an-id", "", 401, 403, 403, 403, 403, 403, 403, 404),
                // one's own page sessions: an API call has none of its own
                new Row("GET", "api/me/sessions", null,                  401, 200, 200, 200, 200, 200, 200, 200),
                new Row("DELETE", "api/me/sessions/not-an-id", "",     401, 404, 404, 404, 404, 404, 404, 404),
                // team sizes are for administrators only: a small team makes a confidential reporter easy to guess
                new Row("GET", "api/admin/teams", null,                  401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "api/admin/teams", "{}",                 401, 403, 403, 403, 403, 403, 403, 400),
                new Row("PATCH", "api/admin/teams/" + frontDesk, "{\"name\":\"\"}", 401, 403, 403, 403, 403, 403, 403, 400),
                // a team's webhooks: their URLs are secrets; an invalid URL changes nothing, and Front Desk has no TEAMS webhook to test
                new Row("GET", "api/admin/teams/Front%20Desk/webhooks", null, 401, 403, 403, 403, 403, 403, 403, 200),
                new Row("PUT", "api/admin/teams/Front%20Desk/webhooks/TEAMS", "{\"url\":\"ftp://example.com/x\"}", 401, 403, 403, 403, 403, 403, 403, 400),
                new Row("POST", "api/admin/teams/Front%20Desk/webhooks/TEAMS/test", "", 401, 403, 403, 403, 403, 403, 403, 404),
                new Row("DELETE", "api/admin/teams/Front%20Desk/webhooks/TEAMS", "", 401, 403, 403, 403, 403, 403, 403, 404),
                // letter templates: administrators only; an id that names none is 404
                new Row("GET", "api/admin/letter-templates", null,       401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "api/admin/letter-templates", "{}",      401, 403, 403, 403, 403, 403, 403, 400),
                new Row("PUT", "api/admin/letter-templates/00000000-0000-4000-8000-000000000049", "{}", 401, 403, 403, 403, 403, 403, 403, 404),
                new Row("DELETE", "api/admin/letter-templates/00000000-0000-4000-8000-000000000049", "", 401, 403, 403, 403, 403, 403, 403, 404),
                // retention: administrators only, counts only; a period out of range is 400
                new Row("GET", "api/admin/retention", null,              401, 403, 403, 403, 403, 403, 403, 200),
                new Row("PUT", "api/admin/retention", "{\"reportsMonths\":0}", 401, 403, 403, 403, 403, 403, 403, 400),
                new Row("GET", "api/admin/retention/preview", null,      401, 403, 403, 403, 403, 403, 403, 200),
                new Row("GET", "api/admin/audit", null,                  401, 403, 403, 403, 403, 403, 403, 200),
                // the outbox's health: counts, kinds, ages and kinds of error, never what a message carries
                new Row("GET", "api/admin/outbox", null,                 401, 403, 403, 403, 403, 403, 403, 200),

                // --- reports and service recovery ---
                // HR and admins file no reports, so they get no wording hints either
                new Row("POST", "api/reports", "{}",                     401, 400, 400, 400, 400, 400, 403, 403),
                new Row("POST", "api/reports/hints", "{\"narrative\":\"I should have seen it.\"}", 401, 200, 200, 200, 200, 200, 403, 403),
                new Row("GET", reports + report, null,                   401, 404, 404, 200, 200, 404, 404, 404),
                new Row("GET", "api/reports?mine=true", null,            401, 200, 200, 200, 200, 200, 403, 403),
                // a team filter naming a team the caller does not lead is refused as input (400), the same whether it exists or not
                new Row("GET", "api/reports?team=Front%20Desk", null,    401, 403, 403, 403, 200, 400, 403, 403),
                // the CSV export of the inbox: the same callers, the same answers
                new Row("GET", "api/reports/export?team=Front%20Desk", null, 401, 403, 403, 403, 200, 400, 403, 403),
                // a role that may never ask gets 403; a leader who may ask but cannot see this report gets 404
                new Row("POST", reports + report + "/questions", "{}", 401, 403, 403, 403, 400, 404, 403, 403),
                // the leader sees the report and the question, but only its reporter answers: 403
                new Row("POST", reports + report + "/questions/" + question + "/answer", "{}", 401, 404, 404, 400, 403, 404, 403, 403),
                // the leader sees the report but only its reporter may withdraw it: 403
                new Row("POST", reports + toWithdraw + "/withdraw", "{}", 401, 404, 404, 200, 403, 404, 403, 403),
                // a legal hold is read by whoever sees the report; only a leader of its team places or lifts it
                new Row("GET", reports + report + "/legal-hold", null,   401, 404, 404, 200, 200, 404, 404, 404),
                new Row("PUT", reports + report + "/legal-hold", "",     401, 403, 403, 403, 200, 404, 403, 403),
                new Row("DELETE", reports + report + "/legal-hold", "",  401, 403, 403, 403, 200, 404, 403, 403),
                // an anonymous report's receipt code: whoever files reports may type one; without a code it is input to correct (400)
                new Row("POST", "api/reports/by-receipt", "{}",          401, 400, 400, 400, 400, 400, 403, 403),
                new Row("POST", "api/reports/by-receipt/withdraw", "{}", 401, 400, 400, 400, 400, 400, 403, 403),
                new Row("POST", "api/reports/by-receipt/questions/" + question + "/answer", "{}", 401, 400, 400, 400, 400, 400, 403, 403),
                new Row("GET", "api/recoveries?due=all", null,           401, 200, 200, 200, 200, 200, 403, 403),
                // a recovery case is seen by whoever sees its report
                new Row("GET", "api/recoveries/" + recovery, null,       401, 404, 404, 200, 200, 404, 404, 404),
                new Row("POST", "api/recoveries/" + recovery + "/steps", "{}", 401, 404, 404, 400, 400, 404, 403, 403),
                new Row("POST", "api/recoveries/" + recovery + "/letters", "{}", 401, 404, 404, 400, 400, 404, 403, 403),
                new Row("GET", "api/bent-rules?team=Front%20Desk", null, 401, 403, 403, 403, 200, 400, 403, 403),
                // the decision names its team in the body: a team the caller does not lead is input like any other (400)
                new Row("POST", "api/bent-rules/decisions", "{\"team\":\"Front Desk\"}", 401, 403, 403, 403, 400, 400, 403, 403),
                // custom fields: administrators for any team, leaders for their own; another team is refused as input (400)
                new Row("GET", "api/custom-fields?team=Front%20Desk", null, 401, 403, 403, 403, 200, 400, 403, 200),
                new Row("POST", "api/custom-fields", "{}",               401, 403, 403, 403, 400, 400, 403, 400),

                // --- triage, reviews and action items ---
                // only leaders triage: the reporter gets 403, a leader of another team 404
                new Row("POST", reports + report + "/triage", "{}", 401, 403, 403, 403, 400, 404, 403, 403),
                // everyone who may take part in reviews lists the ones they may see (often none); HR and admins never read reviews
                new Row("GET", "api/reviews", null,                      401, 200, 200, 200, 200, 200, 403, 403),
                // a review is seen by leaders of its team and the people named on it
                new Row("GET", reviews, null,                            401, 404, 404, 404, 200, 404, 403, 403),
                new Row("PATCH", reviews, "{\"title\":\"\"}",            401, 404, 404, 404, 400, 404, 403, 403),
                new Row("POST", reviews + "/timeline", "{}",             401, 404, 404, 404, 400, 404, 403, 403),
                new Row("POST", reviews + "/factors", "{}",              401, 404, 404, 404, 400, 404, 403, 403),
                new Row("POST", reviews + "/actions", "{}",              401, 404, 404, 404, 400, 404, 403, 403),
                // employees never move a review through its states
                new Row("POST", reviews + "/transitions", "{}",          401, 403, 403, 403, 400, 404, 403, 403),
                new Row("GET", reviews + "/history", null,               401, 404, 404, 404, 200, 404, 403, 403),
                new Row("GET", "api/actions?mine=true", null,            401, 200, 200, 200, 200, 200, 403, 403),
                new Row("GET", "api/actions?team=Front%20Desk", null,    401, 403, 403, 403, 200, 400, 403, 403),
                // the action item is owned by the employee: the owner and the team's leaders see and move it
                new Row("GET", "api/actions/" + action, null,            401, 200, 404, 404, 200, 404, 403, 403),
                new Row("POST", "api/actions/" + action + "/status", "{}", 401, 400, 404, 404, 400, 404, 403, 403),

                // --- learning ---
                new Row("GET", "api/lessons", null,                      401, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "api/lessons/similar?text=labels", null,  401, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "api/lessons/" + lesson, null,            401, 200, 200, 200, 200, 200, 200, 200),
                new Row("POST", "api/lessons/" + lesson + "/endorsements", "{}", 401, 400, 400, 400, 400, 400, 400, 400),
                // every lesson is readable by all, so curating another team's lesson is 403, not 404; the spare lesson is this test's own
                new Row("POST", "api/lessons/" + spareLesson + "/archive", "", 401, 403, 403, 403, 200, 403, 403, 403),
                new Row("POST", "api/lessons/" + lesson + "/supersede", "{}", 401, 403, 403, 403, 400, 403, 403, 403),
                // API.md: scenario cards and practice are for leaders, any lesson of the organisation
                new Row("POST", "api/lessons/" + lesson + "/scenarios", "{}", 401, 403, 403, 403, 400, 400, 403, 403),
                new Row("GET", "api/scenarios", null,                    401, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "api/scenarios/" + scenario, null,        401, 200, 200, 200, 200, 200, 200, 200),
                new Row("POST", "api/scenarios/" + scenario + "/practice", "{}", 401, 403, 403, 403, 400, 400, 403, 403),
                new Row("GET", "api/inbox", null,                        401, 200, 200, 200, 200, 200, 200, 200),
                new Row("POST", "api/inbox/read", "",                    401, 204, 204, 204, 204, 204, 204, 204),
                new Row("GET", "api/insights", null,                     401, 403, 403, 403, 200, 200, 200, 403),
                new Row("GET", "api/insights?team=Front%20Desk", null,   401, 403, 403, 403, 200, 404, 200, 403),

                // --- accountability and coaching: the reporter is also the person assessed and the employee coached ---
                new Row("POST", "api/assessments", "{}",                 401, 403, 403, 403, 400, 400, 403, 403),
                new Row("GET", "api/assessments", null,                  401, 200, 200, 200, 200, 200, 200, 403),
                new Row("GET", "api/assessments/" + assessment, null,    401, 404, 404, 200, 200, 404, 200, 403),
                new Row("POST", "api/coaching-records", "{}",            401, 403, 403, 403, 400, 400, 403, 403),
                new Row("GET", "api/coaching-records", null,             401, 200, 200, 200, 200, 200, 200, 403),
                new Row("GET", "api/coaching-records/export?format=csv&team=Front%20Desk", null, 401, 403, 403, 403, 403, 403, 200, 403),
                new Row("GET", records, null,                            401, 404, 404, 200, 200, 404, 200, 403),
                new Row("PATCH", records, "{\"topic\":\"\"}",            401, 403, 403, 403, 400, 404, 403, 403),
                // the record is shared already: sharing it again or closing it before the employee answered is refused (409)
                new Row("POST", records + "/share", "",                  401, 403, 403, 403, 409, 404, 403, 403),
                new Row("POST", records + "/acknowledgement", "{}",      401, 404, 404, 400, 403, 404, 403, 403),
                new Row("POST", records + "/close", "",                  401, 403, 403, 403, 409, 404, 403, 403),
                // a coaching record's legal hold is HR's alone: read, placed, lifted
                new Row("GET", records + "/legal-hold", null,            401, 403, 403, 403, 403, 403, 200, 403),
                new Row("PUT", records + "/legal-hold", "",              401, 403, 403, 403, 403, 403, 200, 403),
                new Row("DELETE", records + "/legal-hold", "",           401, 403, 403, 403, 403, 403, 200, 403));

        List<String> mismatches = new ArrayList<>();
        for (Row row : table) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                HttpRequest.Builder request = api.request(row.path(), credentials.get(caller));
                request = row.method().equals("GET") ? request.GET()
                        : request.header("Content-Type", "application/json").method(row.method(), HttpRequest.BodyPublishers.ofString(row.body(), StandardCharsets.UTF_8));
                int status = api.send(request.build()).status();
                if (status != row.expected()[i]) {
                    mismatches.add(row.method() + " " + row.path() + " as " + caller + ": expected " + row.expected()[i] + ", got " + status);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(api.get("api/lessons/" + lesson, "emma").json().getString("status")).as("nothing in the table changed the lesson")
                .isEqualTo("PUBLISHED");
        assertThat(api.get(records, "lena").json().getString("status")).as("nor the coaching record").isEqualTo("SHARED");
    }

    @Test
    void aConfidentialReportersName_appearsInNothingAnyoneElseCanFetch() {
        Http api = Http.api(base);
        String suffix = suffix();
        String username = "casey" + suffix;
        String displayName = "Casey Quiet " + suffix;
        openAccount(api, username, displayName);
        String reporter = username + ":" + PASSWORD;
        Http.Answer filed = api.post("api/reports", reporter, report("CONFIDENTIAL"));
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.body()).as("the reporter sees themself").contains(username);
        String id = filed.json().getString("id");
        String number = filed.json().getString("number");
        Http.Answer asked = api.post("api/reports/" + id + "/questions", "lena", "{\"text\":\"What happened just before?\"}");
        assertThat(asked.status()).isBetween(200, 201);
        String question = asked.json().getString("id");
        assertThat(api.post("api/reports/" + id + "/questions/" + question + "/answer", reporter, "{\"text\":\"A rush of orders.\"}").status())
                .isBetween(200, 201);

        Http lena = signedIn("lena", Http.DEMO_PASSWORD);
        List<String> fetched = new ArrayList<>();
        // While the report waits for triage: the team inbox lists it, the report page shows it.
        Http.Answer inboxPage = page(lena, "report/inbox.xhtml");
        assertThat(inboxPage.body()).as("the team inbox lists the report").contains(number);
        fetched.add("lena report/inbox.xhtml -> " + inboxPage.body());
        Http.Answer reportPage = page(lena, "report/view.xhtml?id=" + id);
        assertThat(reportPage.body()).as("the leader sees the report's page").contains(number);
        fetched.add("lena report/view.xhtml -> " + reportPage.body());

        Published published = publish(api, id);
        String review = published.reviewId();
        String lesson = published.lessonId();

        // {caller, path, the status they get}: the report itself is for its reporter and the team's leaders only.
        for (String[] call : new String[][] {
                {"lena", "api/reports/" + id, "200"}, {"lena", "api/reports?team=Front%20Desk&size=100", "200"},
                {"lena", "api/recoveries?due=all&size=100", "200"}, {"lena", "api/bent-rules?team=Front%20Desk", "200"},
                {"lena", "api/inbox?size=100", "200"}, {"leo", "api/reports/" + id, "404"}, {"hana", "api/reports/" + id, "404"},
                {"admin", "api/reports/" + id, "404"}, {"lena", "api/reviews/" + review, "200"},
                {"lena", "api/reviews/" + review + "/history?size=100", "200"}, {"lena", "api/reviews?size=100", "200"},
                {"lena", "api/lessons/" + lesson, "200"}, {"eli", "api/lessons/" + lesson, "200"}, {"hana", "api/lessons/" + lesson, "200"},
                {"eli", "api/lessons?q=labels&size=100", "200"}, {"hana", "api/insights", "200"},
                {"hana", "api/coaching-records?size=100", "200"}, {"hana", "api/assessments?size=100", "200"},
                {"hana", "api/coaching-records/export?format=csv", "200"}, {"lena", "api/reports/export?team=Front%20Desk", "200"}}) {
            Http.Answer answer = api.send(api.request(call[1], call[0]).setHeader("Accept", "*/*").GET().build());
            assertThat(answer.status()).as(call[0] + " " + call[1]).isEqualTo(Integer.parseInt(call[2]));
            fetched.add(call[0] + " " + call[1] + " -> " + answer.body());
        }
        assertThat(fetched.get(2)).as("the leader's answer carries the report").contains(number);
        String reviewTitle = api.get("api/reviews/" + review, "lena").json().getString("title");
        Http.Answer reviewPage = page(lena, "review/view.xhtml?id=" + review);
        assertThat(reviewPage.body()).as("the leader sees the review's page").contains(reviewTitle);
        fetched.add("lena review/view.xhtml -> " + reviewPage.body());
        for (String path : List.of("report/inbox.xhtml", "report/view.xhtml?id=" + id, "review/view.xhtml?id=" + review + "&tab=history",
                "lesson/view.xhtml?id=" + lesson, "notifications.xhtml", "report/bent-rules.xhtml", "recovery/due.xhtml")) {
            fetched.add("lena " + path + " -> " + page(lena, path).body());
        }
        Http.Answer lessonPage = page(signedIn("eli", Http.DEMO_PASSWORD), "lesson/view.xhtml?id=" + lesson);
        assertThat(lessonPage.body()).as("the lesson's page shows the lesson")
                .contains(api.get("api/lessons/" + lesson, "eli").json().getString("takeaway"));
        fetched.add("eli lesson/view.xhtml -> " + lessonPage.body());

        assertThat(fetched).allSatisfy(body -> assertThat(body).doesNotContain(username).doesNotContain(displayName));

        // The audit trail knows the account exists (an admin opened it), but nothing ties it to the report, its review or its lesson.
        String audit = api.get("api/admin/audit?size=100", "admin").body();
        assertThat(api.get("api/admin/audit?actor=" + username + "&size=100", "admin").json().getJsonArray("items")).isEmpty();
        for (String line : audit.split("\\},\\{")) {
            if (line.contains(number) || line.contains(id) || line.contains(review) || line.contains(lesson)) {
                assertThat(line).doesNotContain(username).doesNotContain(displayName);
            }
        }
    }

    /**
     * Every page, and the demo people who may use it; {@code {id}}-style placeholders are records of the Online Orders team
     * (eli's report, its recovery case, leo's review, leo's shared coaching record and assessment about eli) and a lesson.
     */
    static final Map<String, Set<String>> PAGES = Map.ofEntries(
            Map.entry("index.xhtml", Set.of("emma", "lena", "hana", "admin")),
            Map.entry("account/password.xhtml", Set.of("emma", "lena", "hana", "admin")),
            Map.entry("account/sessions.xhtml", Set.of("emma", "lena", "hana", "admin")),
            Map.entry("account/mail.xhtml", Set.of("emma", "lena", "hana", "admin")),
            Map.entry("account/settings.xhtml", Set.of("emma", "lena", "hana", "admin")),
            Map.entry("notifications.xhtml", Set.of("emma", "lena", "hana", "admin")),
            Map.entry("report/new.xhtml", Set.of("emma", "lena")),
            Map.entry("report/mine.xhtml", Set.of("emma", "lena")),
            Map.entry("report/receipt.xhtml", Set.of("emma", "lena")),
            Map.entry("report/inbox.xhtml", Set.of("lena")),
            Map.entry("report/bent-rules.xhtml", Set.of("lena")),
            Map.entry("report/fields.xhtml", Set.of("lena", "admin")),
            Map.entry("admin/letters.xhtml", Set.of("admin")),
            Map.entry("admin/categories.xhtml", Set.of("admin")),
            Map.entry("admin/retention.xhtml", Set.of("admin")),
            Map.entry("report/view.xhtml?id={report}", Set.of()),
            Map.entry("recovery/due.xhtml", Set.of("emma", "lena")),
            Map.entry("recovery/case.xhtml?id={recovery}", Set.of()),
            Map.entry("review/list.xhtml", Set.of("emma", "lena")),
            Map.entry("review/view.xhtml?id={review}", Set.of()),
            Map.entry("action/mine.xhtml", Set.of("emma", "lena")),
            Map.entry("action/team.xhtml", Set.of("lena")),
            Map.entry("lesson/board.xhtml", Set.of("emma", "lena", "hana", "admin")),
            Map.entry("lesson/view.xhtml?id={lesson}", Set.of("emma", "lena", "hana", "admin")),
            Map.entry("scenario/list.xhtml", Set.of("emma", "lena", "hana", "admin")),
            Map.entry("scenario/new.xhtml?lesson={lesson}", Set.of("lena")),
            Map.entry("scenario/view.xhtml?id={scenario}", Set.of("emma", "lena", "hana", "admin")),
            Map.entry("insights.xhtml", Set.of("lena", "hana")),
            Map.entry("coaching/index.xhtml", Set.of("lena")),
            // HR holds coaching:read-own to reach the lane, so "About me" opens for them too; it shows only records about oneself
            Map.entry("coaching/mine.xhtml", Set.of("emma", "lena", "hana")),
            Map.entry("coaching/hr.xhtml", Set.of("hana")),
            Map.entry("coaching/assessment-new.xhtml", Set.of("lena")),
            Map.entry("coaching/assessment.xhtml?id={assessment}", Set.of("hana")),
            Map.entry("coaching/record-form.xhtml", Set.of("lena")),
            Map.entry("coaching/record.xhtml?id={record}", Set.of("hana")),
            Map.entry("admin/accounts.xhtml", Set.of("admin")),
            Map.entry("admin/account.xhtml", Set.of("admin")),
            Map.entry("admin/teams.xhtml", Set.of("admin")),
            Map.entry("admin/webhooks.xhtml?team=Front%20Desk", Set.of("admin")),
            Map.entry("admin/audit.xhtml", Set.of("admin")),
            Map.entry("admin/settings.xhtml", Set.of("admin")));
    /** Pages anyone may open without signing in; the not-found and not-allowed pages are what every 404 and 403 show (web.xml). */
    static final Set<String> PUBLIC_PAGES = Set.of("login.xhtml", "about.xhtml", "error/not-found.xhtml", "error/not-allowed.xhtml");

    @Test
    void everyPage_isTheRefusalPage_forEachDemoPersonWhoMayNotUseIt_andThePageForThoseWhoMay() throws IOException {
        Set<String> listed = new TreeSet<>(PUBLIC_PAGES);
        PAGES.keySet().forEach(page -> listed.add(page.replaceAll("\\?.*", "")));
        Path webapp = Path.of("src/main/webapp");
        Set<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("WEB-INF/")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(pages).as("every page is in the table, so a new page is checked too").isEqualTo(listed);

        Map<String, String> ids = demoRecords(Http.api(base));

        List<String> wrong = new ArrayList<>();
        for (String person : List.of("emma", "lena", "hana", "admin")) {
            Http browser = signedIn(person, Http.DEMO_PASSWORD);
            for (Map.Entry<String, Set<String>> page : new TreeMap<>(PAGES).entrySet()) {
                String path = withIds(page.getKey(), ids);
                boolean ofARecord = page.getKey().contains("{") && !page.getKey().contains("{lesson}") && !page.getKey().contains("{scenario}");
                Http.Answer answer = browser.get(path, null);
                boolean may = page.getValue().contains(person);
                Set<Integer> expected = may ? Set.of(200) : ofARecord ? Set.of(403, 404) : Set.of(403);
                if (!expected.contains(answer.status())) {
                    wrong.add(person + " GET " + page.getKey() + ": " + answer.status() + ", expected " + expected);
                } else if (!may && refusalCarriesAForm(answer.body())) {
                    wrong.add(person + " GET " + page.getKey() + ": the refusal carries a form");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The records {@link #PAGES} names by placeholder ({@code {report}} ...), found in the demo data through the API. */
    static Map<String, String> demoRecords(Http api) {
        // Eli's newest report with a recovery case: a test that ran before in this server may have filed newer ones without.
        Http.Answer mine = api.get("api/reports?mine=true&size=100", "eli");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        JsonObject withRecovery = mine.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> api.get("api/reports/" + r.getString("id"), "eli").json())
                .filter(r -> !r.getJsonArray("recoveries").isEmpty()).findFirst().orElseThrow();
        String report = withRecovery.getString("id");
        String recovery = withRecovery.getJsonArray("recoveries").getJsonObject(0).getString("id");
        String review = firstId(api.get("api/reviews", "leo"));
        String record = api.get("api/coaching-records?size=100", "hana").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("coach").equals("leo")).findFirst().orElseThrow().getString("id");
        String assessment = api.get("api/assessments", "leo").json().getJsonArray("items").getJsonObject(0).getString("id");
        String lesson = firstId(api.get("api/lessons", "leo"));
        String scenario = firstId(api.get("api/scenarios", "leo"));
        return Map.of("{report}", report, "{recovery}", recovery, "{review}", review, "{record}", record,
                "{assessment}", assessment, "{lesson}", lesson, "{scenario}", scenario);
    }

    /** A page of {@link #PAGES} with its placeholders replaced by these records' ids. */
    static String withIds(String page, Map<String, String> ids) {
        String path = page;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path;
    }

    /**
     * Whether a refusal carries a form of the page refused. The not-found page keeps the normal header (issue 19), whose
     * only form is "Sign out"; any other form, or a second view state, would be the refused page's.
     */
    private static boolean refusalCarriesAForm(String body) {
        String rest = body.replaceFirst("(?s)<form id=\"signOutForm\".*?</form>", "");
        return rest.contains("<form") || rest.contains("jakarta.faces.ViewState");
    }

    static String firstId(Http.Answer list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    // --- fixtures ---

    private record Published(String reportId, String reviewId, String lessonId) {
    }

    /** A report filed by this person in Front Desk, triaged into a review, filled in just enough, approved and published by lena. */
    private Published published(Http api, String reporter, String mode) {
        Http.Answer filed = api.post("api/reports", reporter, report(mode));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return publish(api, filed.json().getString("id"));
    }

    private Published publish(Http api, String reportId) {
        Http.Answer triaged = api.post("api/reports/" + reportId + "/triage", "lena", "{\"decision\":\"REVIEW\"}");
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        String review = triaged.json().getString("reviewId");
        Http.Answer edited = api.patch("api/reviews/" + review, "lena", """
                {"takeaway":"Compare the label with the order before sealing.","whatHappened":"Two parcels left with each other's labels.",
                 "why":"The printer feeds two labels at once.","noActionReason":"The printer was replaced the same day."}""");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        Http.Answer factor = api.post("api/reviews/" + review + "/factors", "lena",
                "{\"category\":\"TOOLS\",\"description\":\"The printer feeds two labels\",\"whys\":[\"Worn roller\"]}");
        assertThat(factor.status()).as(factor.toString()).isEqualTo(200);
        for (String to : List.of("IN_REVIEW", "APPROVED")) {
            Http.Answer moved = api.post("api/reviews/" + review + "/transitions", "lena", "{\"to\":\"" + to + "\"}");
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        Http.Answer published = api.post("api/reviews/" + review + "/transitions", "lena", "{\"to\":\"PUBLISHED\"}");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return new Published(reportId, review, published.json().getString("lessonId"));
    }

    private static void openAccount(Http api, String username, String displayName) {
        Http.Answer opened = api.post("api/admin/users", "admin", """
                {"username":"%s","displayName":"%s","password":"%s","roles":["EMPLOYEE"],"teams":["Front Desk"]}"""
                .formatted(username, displayName, PASSWORD));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    /** A client signed in through the sign-in form, holding its session cookie like a browser. */
    private Http signedIn(String username, String password) {
        return Http.signedInPage(base, new CookieManager(), username, password);
    }

    private static Http.Answer page(Http browser, String path) {
        Http.Answer shown = browser.get(path, null);
        assertThat(shown.status()).as(path).isEqualTo(200);
        return shown;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static String report(String mode) {
        String occurredAt = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                {"title":"Printer swapped labels","narrative":"Two parcels left with each other's labels.","occurredAt":"%s",
                 "team":"Front Desk","kind":"CUSTOMER_HARMED","customerImpact":"MINOR","reporterMode":"%s",
                 "bentRule":{"rule":"No refunds without receipt","reason":"Regular customer","valueCreated":"Kept the customer"},
                 "affectedCustomers":[{"customerRef":"ORDER-1","proactive":true}]}""".formatted(occurredAt, mode);
    }
}
