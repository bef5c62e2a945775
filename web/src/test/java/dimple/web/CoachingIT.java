package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accountability lane over the API (API.md "Accountability and coaching"), in the real container.
 * Each test works in a team of its own (a leader and an employee opened for it), so tests share
 * nothing with each other or with other test classes; HR is the demo account hana.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachingIT {
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

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A fresh team with a leader and an employee: credentials as user:password, and their usernames. */
    private record Team(String name, String leader, String employee) {
        String leaderLogin() {
            return leader + ":" + PASSWORD;
        }

        String employeeLogin() {
            return employee + ":" + PASSWORD;
        }
    }

    private Team team() {
        String name = unique("Desk ");
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
        String leader = unique("lead");
        String employee = unique("emp");
        person(leader, "[\"EMPLOYEE\",\"LEADER\"]", "[]", "[\"" + name + "\"]");
        person(employee, "[\"EMPLOYEE\"]", "[\"" + name + "\"]", "[]");
        return new Team(name, leader, employee);
    }

    private void person(String username, String roles, String teams, String leads) {
        String body = Json.createObjectBuilder().add("username", username).add("displayName", "Test " + username).add("password", PASSWORD)
                .add("roles", array(roles)).add("teams", array(teams)).add("leads", array(leads)).build().toString();
        Http.Answer created = api().post("api/admin/users", "admin", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private static JsonValue array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    /** A report filed by this person an hour after the mistake; returns its id. */
    private String report(String login, String team, String mode) {
        String body = Json.createObjectBuilder().add("title", "Guest charged twice").add("narrative", "The terminal timed out; I ran it again.")
                .add("occurredAt", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", team).add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", mode).build().toString();
        Http.Answer filed = api().post("api/reports", login, body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().getString("id");
    }

    private static String assessment(String reportId, String subject) {
        return Json.createObjectBuilder().add("reportId", reportId).add("subject", subject).add("reason", "The payment was run twice.")
                .add("tests", Json.createObjectBuilder().add("deliberateHarm", false).add("health", false).add("foresight", true)
                        .add("substitution", true))
                .add("behaviour", "AT_RISK").add("response", "COACH").build().toString();
    }

    private static JsonObjectBuilder record(String employee, String topic) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Json.createObjectBuilder().add("employee", employee).add("heldAt", today.toString()).add("topic", topic)
                .add("expectation", "Check the terminal log before a second attempt.").add("observations", "The payment ran twice.")
                .add("agreedActions", "Ask the shift lead when unsure.").add("followUpDate", today.plusDays(14).toString());
    }

    private String sharedRecord(Team t, String topic) {
        Http.Answer drafted = api().post("api/coaching-records", t.leaderLogin(), record(t.employee(), topic).build().toString());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().getString("id");
        assertThat(api().post("api/coaching-records/" + id + "/share", t.leaderLogin(), "").status()).isEqualTo(200);
        return id;
    }

    private Http.Answer postWithIfMatch(String path, String login, String ifMatch, String json) {
        return api().send(api().request(path, login).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<byte[]> download(String query, String login) {
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(api().request("api/coaching-records/export?" + query, login)
                    .header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<JsonObject> audit(String action) {
        Http.Answer answer = api().get("api/admin/audit?size=100&action=" + action, "admin");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    // --- assessments ---

    @Test
    void assessment_onANamedReport_is201_andSeenOnlyByTheAssessorThePersonAndHr() {
        Team t = team();
        String reportId = report(t.employeeLogin(), t.name(), "NAMED");

        Http.Answer opened = api().post("api/assessments", t.leaderLogin(), assessment(reportId, t.employee()));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json().getString("id");
        assertThat(opened.header("Location").orElseThrow()).endsWith("/api/assessments/" + id);
        assertThat(opened.json().getBoolean("selfReportCredit")).isTrue();
        assertThat(opened.json().getJsonObject("tests").getBoolean("foresight")).isTrue();
        for (String reader : List.of(t.leaderLogin(), t.employeeLogin(), "hana")) {
            assertThat(api().get("api/assessments/" + id, reader).status()).as(reader).isEqualTo(200);
        }
        assertThat(api().get("api/assessments/" + id, "lena").status()).as("a leader of another team").isEqualTo(404);
        assertThat(api().get("api/assessments/" + id, "emma").status()).as("another employee").isEqualTo(404);
        assertThat(api().get("api/assessments/" + id, "admin").status()).as("an administrator").isEqualTo(403);
        assertThat(audit("ASSESSMENT_READ")).anyMatch(e -> e.getString("actor").equals("hana") && e.getString("target").equals(id));
    }

    @Test
    void assessment_onAConfidentialReport_isRefusedWith409_andTheReportStaysOutOfTheLane() {
        Team t = team();
        String reportId = report(t.employeeLogin(), t.name(), "CONFIDENTIAL");

        Http.Answer refused = api().post("api/assessments", t.leaderLogin(), assessment(reportId, t.employee()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("confidential").doesNotContain(t.employee());
        assertThat(api().get("api/assessments", "hana").body()).doesNotContain(reportId);
    }

    @Test
    void assessment_byALeaderOfAnotherTeam_is404_andOfSomeoneOutsideTheTeam403_andBadInput400() {
        Team t = team();
        String reportId = report(t.employeeLogin(), t.name(), "NAMED");

        assertThat(api().post("api/assessments", "lena", assessment(reportId, "emma")).status()).isEqualTo(404);
        assertThat(api().post("api/assessments", t.leaderLogin(), assessment(reportId, "emma")).status()).isEqualTo(403);
        assertThat(api().post("api/assessments", t.employeeLogin(), assessment(reportId, t.employee())).status()).isEqualTo(403);
        Http.Answer invalid = api().post("api/assessments", t.leaderLogin(),
                "{\"reportId\":\"" + reportId + "\",\"subject\":\"" + t.employee() + "\",\"tests\":{\"health\":\"no\"},\"behaviour\":\"CARELESS\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .contains("tests.health");
    }

    // --- coaching records ---

    @Test
    void aRecord_goesFromDraftToSharedToDeclinedToClosed_withTheCommentKept_andEachStepChecked() {
        Team t = team();
        Http.Answer drafted = api().post("api/coaching-records", t.leaderLogin(), record(t.employee(), "Card terminal time-outs").build().toString());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().getString("id");
        assertThat(drafted.header("ETag")).isPresent();
        assertThat(drafted.json().getString("status")).isEqualTo("DRAFT");
        assertThat(drafted.json().getString("retainUntil")).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusYears(2).toString());
        assertThat(api().get("api/coaching-records/" + id, t.employeeLogin()).status()).as("a draft is the coach's alone").isEqualTo(404);

        assertThat(api().post("api/coaching-records/" + id + "/share", t.leaderLogin(), "").json().getString("status")).isEqualTo("SHARED");
        assertThat(api().patch("api/coaching-records/" + id, t.leaderLogin(), "{\"topic\":\"Changed later\"}").status())
                .as("a shared record is frozen").isEqualTo(409);

        Http.Answer seen = api().get("api/coaching-records/" + id, t.employeeLogin());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().getBoolean("mayRespond")).isTrue();
        Http.Answer noComment = api().post("api/coaching-records/" + id + "/acknowledgement", t.employeeLogin(), "{\"decision\":\"DECLINED\"}");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("comment");
        Http.Answer stale = postWithIfMatch("api/coaching-records/" + id + "/acknowledgement", t.employeeLogin(), "\"999\"",
                "{\"decision\":\"ACKNOWLEDGED\"}");
        assertThat(stale.status()).isEqualTo(412);
        Http.Answer declined = postWithIfMatch("api/coaching-records/" + id + "/acknowledgement", t.employeeLogin(),
                seen.header("ETag").orElseThrow(), "{\"decision\":\"DECLINED\",\"comment\":\"The terminal showed no error.\"}");
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().getString("employeeComment")).isEqualTo("The terminal showed no error.");
        assertThat(api().post("api/coaching-records/" + id + "/acknowledgement", t.employeeLogin(), "{\"decision\":\"ACKNOWLEDGED\"}").status())
                .as("one answer only").isEqualTo(409);

        Http.Answer closed = api().post("api/coaching-records/" + id + "/close", t.leaderLogin(), "");
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getString("employeeResponse")).isEqualTo("DECLINED");
        assertThat(audit("COACHING_RECORD_DECLINED")).anyMatch(e -> e.getString("actor").equals(t.employee()) && e.getString("target").equals(id));
    }

    @Test
    void aRecordKeptLongerThanTenYears_isA400ProblemNamingTheField_onDraftAndOnRevision() {
        Team t = team();
        LocalDate tooLate = LocalDate.now(ZoneOffset.UTC).plusYears(10).plusDays(1);
        Http.Answer refused = api().post("api/coaching-records", t.leaderLogin(),
                record(t.employee(), "Kept too long").add("retainUntil", tooLate.toString()).build().toString());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(e -> assertThat(e.getString("field")).isEqualTo("retainUntil"))
                .satisfies(e -> assertThat(e.getString("message")).contains("at most 10 years after the conversation"));

        Http.Answer drafted = api().post("api/coaching-records", t.leaderLogin(), record(t.employee(), "Kept two years").build().toString());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().getString("id");
        Http.Answer revised = api().patch("api/coaching-records/" + id, t.leaderLogin(), "{\"retainUntil\":\"" + tooLate + "\"}");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(400);
        assertThat(api().get("api/coaching-records/" + id, t.leaderLogin()).json().getString("retainUntil"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusYears(2).toString());
    }

    @Test
    void aRecordKeptLongerThanTenYears_isRefusedOnThePageWithAMessage_andNothingIsStored() {
        Team t = team();
        Http browser = Http.browserLike(base, new CookieManager());
        Http.Answer login = browser.get("login.xhtml", null);
        assertThat(browser.postForm("login.xhtml", FoundationIT.formBody(login.body(), "signInForm", "signInForm:username", t.leader(),
                "signInForm:password", PASSWORD, "signInForm:submit", "")).status()).isEqualTo(302);
        Http.Answer form = browser.get("coaching/record-form.xhtml?employee=" + t.employee(), null);
        assertThat(form.status()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Http.Answer saved = browser.postForm("coaching/record-form.xhtml?employee=" + t.employee(), FoundationIT.formBody(form.body(),
                "recordForm", "recordForm:employee_input", t.employee(), "recordForm:heldAt", today.toString(),
                "recordForm:topic", "Kept too long", "recordForm:expectation", "Check the log.", "recordForm:observations", "Ran twice.",
                "recordForm:agreedActions", "Ask first.", "recordForm:followUpDate", today.plusDays(7).toString(),
                "recordForm:retainUntil", today.plusYears(12).toString(), "recordForm:lessonIds", "", "recordForm:save", ""));

        assertThat(saved.status()).as("the same page again, not an error").isEqualTo(200);
        assertThat(saved.body()).contains("A coaching record is kept at most 10 years after the conversation: choose a day until "
                + today.plusYears(10) + " at the latest.");
        assertThat(api().get("api/coaching-records", t.leaderLogin()).json().getJsonArray("items")).isEmpty();
    }

    @Test
    void hr_placesAndLiftsALegalHoldOnASharedRecord_auditedByTheRecord_andNobodyElseMay() {
        Team t = team();
        String id = sharedRecord(t, "Kept for a tribunal");
        String hold = "api/coaching-records/" + id + "/legal-hold";

        for (String notHr : List.of(t.leaderLogin(), t.employeeLogin(), "admin")) {
            assertThat(send("PUT", hold, notHr).status()).as(notHr).isEqualTo(403);
        }
        Http.Answer placed = send("PUT", hold, "hana");
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        assertThat(placed.json().getBoolean("held")).isTrue();
        assertThat(placed.json().getString("since")).isNotBlank();
        assertThat(api().get(hold, "hana").json().getBoolean("held")).isTrue();
        Http.Answer lifted = send("DELETE", hold, "hana");
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(lifted.json().getBoolean("held")).isFalse();
        assertThat(audit("COACHING_LEGAL_HOLD_PLACED")).anyMatch(e -> e.getString("actor").equals("hana") && e.getString("target").equals(id));
        assertThat(audit("COACHING_LEGAL_HOLD_LIFTED")).anyMatch(e -> e.getString("target").equals(id));
    }

    private Http.Answer send(String method, String path, String user) {
        return api().send(api().request(path, user).header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    @Test
    void records_areScoped_leadersOfOtherTeamsEmployeesAndAdminsGet404Or403() {
        Team t = team();
        String id = sharedRecord(t, "Handover book");

        assertThat(api().get("api/coaching-records/" + id, "lena").status()).isEqualTo(404);
        assertThat(api().get("api/coaching-records/" + id, "emma").status()).isEqualTo(404);
        assertThat(api().get("api/coaching-records/" + id, "admin").status()).isEqualTo(403);
        assertThat(api().get("api/coaching-records", "admin").status()).isEqualTo(403);
        assertThat(api().post("api/coaching-records/" + id + "/acknowledgement", "emma", "{\"decision\":\"ACKNOWLEDGED\"}").status()).isEqualTo(404);
        assertThat(api().post("api/coaching-records", t.leaderLogin(), record("emma", "Not my team").build().toString()).status())
                .as("a record for someone outside the leader's teams").isEqualTo(403);
        assertThat(api().get("api/coaching-records?employee=" + t.employee(), "emma").json().getInt("total")).isZero();
        assertThat(api().get("api/coaching-records?employee=" + t.employee(), t.employeeLogin()).json().getInt("total")).isEqualTo(1);
        assertThat(api().get("api/coaching-records?team=" + URLEncoder.encode(t.name(), StandardCharsets.UTF_8), "hana").json().getInt("total"))
                .isEqualTo(1);
    }

    // --- the leader's desk: every page of restricted data someone sees is audited, once ---

    @Test
    void theLeadersDesk_leavesOneAuditLinePerListShown_andNoneForCounting() {
        Team t = team();
        String reportId = report(t.employeeLogin(), t.name(), "NAMED");
        assertThat(api().post("api/assessments", t.leaderLogin(), assessment(reportId, t.employee())).status()).isEqualTo(201);
        sharedRecord(t, "Second attempts on the terminal");
        Http desk = Http.signedInPage(base, new CookieManager(), t.leader(), PASSWORD);

        Http.Answer shown = desk.get("coaching/index.xhtml", null);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Second attempts on the terminal");
        assertThat(audit("COACHING_RECORDS_LISTED")).filteredOn(e -> e.getString("actor").equals(t.leader()))
                .singleElement().satisfies(e -> assertThat(e.getString("detail")).startsWith("1 of 1, page 0"));
        assertThat(audit("ASSESSMENTS_LISTED")).filteredOn(e -> e.getString("actor").equals(t.leader()))
                .singleElement().satisfies(e -> assertThat(e.getString("detail")).isEqualTo("1 of 1, page 0"));
    }

    // --- HR export ---

    /** The text of an XML element's content: character references (the writer writes some characters as &#xb7;) and entities decoded. */
    private static String xmlText(String xml) {
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
        StringBuilder text = new StringBuilder();
        while (refs.find()) {
            int code = Integer.parseInt(refs.group(2), refs.group(1).isEmpty() ? 10 : 16);
            refs.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        refs.appendTail(text);
        return text.toString().replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void hr_exportsCsvXlsxAndPdf_namedAfterTheDay_readingLikeTheScreen_withNoCellAFormula_andEachExportIsAudited() throws IOException {
        Team t = team();
        String id = sharedRecord(t, "+1 for the handover book");
        api().post("api/coaching-records/" + id + "/acknowledgement", t.employeeLogin(),
                "{\"decision\":\"DECLINED\",\"comment\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"}");
        String later = sharedRecord(t, "Caf\u00e9 \u2014 the second terminal");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String query = "team=" + URLEncoder.encode(t.name(), StandardCharsets.UTF_8) + "&from=" + today + "&to=" + today;
        String day = today.toString();
        String filterLine = "Team: " + t.name() + " \u00b7 Held from " + today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
                + " to " + today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)) + " \u00b7 State: any";
        List<String> screen = api().get("api/coaching-records?" + query, "hana").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
        assertThat(screen).containsExactly(later, id);

        HttpResponse<byte[]> csv = download("format=csv&" + query, "hana");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"coaching-records-" + day + ".csv\"");
        assertThat(java.util.Arrays.copyOf(csv.body(), 3)).as("UTF-8's byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Held on,Topic,Employee,").contains(",Record id\r\n");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            rows = parser.getRecords();
        }
        assertThat(rows).as("the screen's order").extracting(r -> r.get("Record id")).containsExactlyElementsOf(screen);
        assertThat(rows.get(0).get("Topic")).isEqualTo("Caf\u00e9 \u2014 the second terminal");
        assertThat(rows.get(0).get("State")).isEqualTo("Shared, waiting for the employee");
        CSVRecord r = rows.get(1);
        {
            assertThat(r.get("Topic")).isEqualTo("'+1 for the handover book");
            assertThat(r.get("Employee comment")).as("a CSV keeps its guard").isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(r.get("State")).isEqualTo("Declined");
            assertThat(r.get("Response")).isEqualTo("Declined");
            assertThat(r.get("Held on")).isEqualTo(day);
            assertThat(r.get("Responded at (UTC)")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        }

        HttpResponse<byte[]> xlsx = download("format=xlsx&" + query, "hana");
        assertThat(xlsx.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"coaching-records-" + day + ".xlsx\"");
        String sheet = zipEntry(xlsx.body(), "xl/worksheets/sheet1.xml");
        List<String> cells = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<is><t[^>]*>(.*?)</t></is>", java.util.regex.Pattern.DOTALL).matcher(sheet);
        while (m.find()) {
            cells.add(xmlText(m.group(1)));
        }
        assertThat(cells).startsWith("Coaching records", filterLine).contains("Declined", "Caf\u00e9 \u2014 the second terminal",
                "+1 for the handover book", "=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(cells).as("no apostrophe shows in a spreadsheet").noneMatch(c -> c.startsWith("'"));
        assertThat(sheet).as("nothing is a formula").doesNotContain("<f>", "<f ");
        String styles = zipEntry(xlsx.body(), "xl/styles.xml");
        assertThat(styles).as("days and moments as dates").contains("formatCode=\"yyyy-mm-dd\"", "formatCode=\"yyyy-mm-dd hh:mm\"");
        assertThat(styles.contains("numFmtId=\"49\"") || styles.contains("formatCode=\"@\"")).as("formula-looking text is formatted as text")
                .isTrue();

        HttpResponse<byte[]> pdf = download("format=pdf&" + query, "hana");
        assertThat(pdf.statusCode()).as("the PDF export: %s %s", pdf.headers().map(), new String(pdf.body(), 0, Math.min(300, pdf.body().length),
                StandardCharsets.ISO_8859_1)).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String page = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(page).as("the file's words, from the web tier's bundle")
                .contains("Coaching records \u2014 restricted", filterLine, "Exported by ", "Page 1 of 1", "Declined",
                        "Caf\u00e9 \u2014 the second terminal").doesNotContain("DECLINED");
        assertThat(page.indexOf("the second terminal")).as("the screen's order").isLessThan(page.indexOf("+1 for the handover book"));

        assertThat(audit("COACHING_RECORDS_EXPORTED")).filteredOn(e -> e.getString("detail").contains("team=" + t.name()))
                .extracting(e -> e.getString("actor") + " " + e.getString("detail").substring(0, e.getString("detail").indexOf(',', 12)))
                .contains("hana format=csv, rows=2", "hana format=xlsx, rows=2", "hana format=pdf, rows=2");
    }

    /** One file of a workbook, read through the zip's central directory, as spreadsheet programs do (fastexcel streams its entries). */
    private static String zipEntry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("coaching", ".xlsx");
        try (java.util.zip.ZipFile workbook = new java.util.zip.ZipFile(java.nio.file.Files.write(file, zip).toFile())) {
            java.util.zip.ZipEntry entry = workbook.getEntry(name);
            if (entry == null) {
                throw new AssertionError("no " + name + " in the workbook");
            }
            try (java.io.InputStream in = workbook.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void onlyHr_exports_andABadRequestIsRefusedBeforeAnyFile() {
        assertThat(download("format=csv", "lena").statusCode()).isEqualTo(403);
        assertThat(download("format=csv", "emma").statusCode()).isEqualTo(403);
        assertThat(download("format=csv", "admin").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> bad = download("format=docx&from=yesterday", "hana");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(bad.headers().firstValue("Content-Disposition")).isEmpty();
    }

    // --- retention and the published contract ---

    @Test
    void theDailyRetentionSweep_runsOnTheContainersScheduler_andIsAudited() throws InterruptedException {
        List<JsonObject> sweeps = audit("COACHING_RETENTION_SWEPT");
        for (int i = 0; i < 60 && sweeps.isEmpty(); i++) {
            Thread.sleep(1000);
            sweeps = audit("COACHING_RETENTION_SWEPT");
        }
        assertThat(sweeps).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getString("actor")).isEqualTo("system");
            assertThat(e.getString("detail")).startsWith("deleted ");
        });
    }

    @Test
    void theOpenApiDocument_describesTheLane() {
        assertThat(api().get("openapi", null, "application/yaml").body()).contains("/api/assessments:", "/api/coaching-records/export:",
                "/api/coaching-records/{id}/acknowledgement:");
    }
}
