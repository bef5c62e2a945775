package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live API answers as its served OpenAPI document says: each operation is called, mostly with valid input and
 * some with bad input, as the demo users; every answer's status must be the one the call expects (any 2xx for valid
 * input, the refusal for bad input) and one the operation documents, and its JSON body must match the document's
 * schema for that status and media type.
 * <p>
 * Strictness (docs/adr/0037): an object schema that lists {@code properties} is closed, whether or not it says
 * {@code additionalProperties: false} — a field the API returns that the document does not name fails, and so does
 * a {@code required} field that is absent, a value of another type, a value outside its {@code enum}, or a malformed
 * date or timestamp. Only {@code additionalProperties: true} or a schema for them opens an object.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private OpenAPI api;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> called = new TreeSet<>();
    private int[] expected;

    // --- the document itself ---

    @Test
    void openapi_andOpenapiWithASlash_serveOneDocument_asYamlOrAsJson() throws IOException {
        Http client = Http.api(base);
        Http.Answer yaml = client.get("openapi", null, "application/yaml");
        Http.Answer yamlSlash = client.get("openapi/", null, "*/*");
        Http.Answer json = client.get("openapi", null, "application/json");
        Http.Answer jsonSlash = client.get("openapi/", null, "application/json");
        assertThat(List.of(yaml, yamlSlash, json, jsonSlash)).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(yaml.contentType()).startsWith("application/yaml");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(yamlSlash.body()).isEqualTo(yaml.body());
        assertThat(jsonSlash.body()).isEqualTo(json.body());
        assertThat(yaml.body()).startsWith("openapi: 3.1.0").doesNotContain("Deployed Resources");
        JsonNode fromYaml = io.swagger.v3.core.util.Yaml.mapper().readTree(yaml.body());
        assertThat(JSON.readTree(json.body())).as("the JSON says what the YAML says").isEqualTo(fromYaml);
    }

    // --- every operation, live ---

    @Test
    void everyAnswer_hasADocumentedStatus_andABodyOfItsSchema() {
        api = document();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        // identity and administration
        for (String user : List.of("emma", "lena", "hana", "admin")) {
            call(user, "GET", "/api/me", null);
        }
        for (String probe : List.of("/health/ready", "/health/live", "/health/started")) {
            call(null, "GET", probe, null);
        }
        call("emma", "GET", "/api/me/sessions", null);
        call("emma", "GET", "/api/me/mail", null);
        call("emma", "PUT", "/api/me/mail", "{}");
        call("emma", "GET", "/api/me/settings", null);
        call("emma", "PUT", "/api/me/settings", "{}");
        expecting(400).call("emma", "PUT", "/api/me/settings", "{\"timeZone\":\"Mars/Olympus_Mons\"}");
        call("emma", "DELETE", "/api/me/sessions", null);
        expecting(404).call("emma", "DELETE", "/api/me/sessions/{id}", null, "no-such-session");
        call("admin", "GET", "/api/admin/users?q=e&page=0&size=5", null);
        call("admin", "GET", "/api/admin/users/{username}", null, "emma");
        call("admin", "GET", "/api/admin/users/{username}/email", null, "emma");
        call("admin", "GET", "/api/admin/teams", null);
        call("admin", "GET", "/api/admin/audit?size=5", null);
        call("admin", "GET", "/api/admin/outbox", null);
        call("admin", "GET", "/api/admin/mail", null);
        call("admin", "GET", "/api/admin/mail/failures", null);
        call("admin", "GET", "/api/admin/settings", null);
        call("admin", "GET", "/api/admin/sign-in-delays", null);
        expecting(404).call("admin", "DELETE", "/api/admin/sign-in-delays/{id}", null, "no-such-delay");
        String newUser = "contract" + suffix;
        String password = "Plum-" + suffix + "-orchard-lamp";
        call("admin", "POST", "/api/admin/users", "{\"username\":\"" + newUser + "\",\"displayName\":\"Contract Test\",\"password\":\""
                + password + "\",\"roles\":[\"EMPLOYEE\"],\"teams\":[\"Front Desk\"]}");
        expecting(400).call(newUser + ":" + password, "POST", "/api/me/password", "{\"currentPassword\":\"wrong-password\",\"newPassword\":\"x\"}");
        call("admin", "PATCH", "/api/admin/users/{username}", "{\"displayName\":\"Contract Tested\"}", newUser);
        call("admin", "PUT", "/api/admin/users/{username}/email", "{\"email\":\"" + newUser + "@example.org\"}", newUser);
        call("admin", "POST", "/api/admin/users/{username}/disable", "{}", newUser);
        call("admin", "POST", "/api/admin/users/{username}/enable", "{}", newUser);
        call("admin", "POST", "/api/admin/users/{username}/password", "{}", newUser);
        call("admin", "DELETE", "/api/admin/users/{username}/sessions", null, newUser);
        JsonNode team = call("admin", "POST", "/api/admin/teams", "{\"name\":\"Contract " + suffix + "\"}");
        call("admin", "PATCH", "/api/admin/teams/{id}", "{\"name\":\"Contract " + suffix + " renamed\"}", team.path("id").asText());
        call("admin", "PATCH", "/api/admin/settings", "{}");
        call("emma", "GET", "/api/categories", null);
        call("admin", "GET", "/api/admin/categories", null);
        call("admin", "PUT", "/api/admin/categories", "{\"impacts\":[{\"key\":\"SEVERE\",\"names\":{\"en\":\"Severe " + suffix + "\"}}]}");
        expecting(400).call("admin", "PUT", "/api/admin/categories", "{\"kinds\":[{\"key\":\"OOPS\"}]}");
        // the new team has no webhook, so nothing is ever sent anywhere
        String teamName = "Contract " + suffix + " renamed";
        call("admin", "GET", "/api/admin/teams/{team}/webhooks", null, teamName);
        expecting(400).call("admin", "PUT", "/api/admin/teams/{team}/webhooks/{kind}", "{\"url\":\"not a url\"}", teamName, "SLACK");
        expecting(404).call("admin", "POST", "/api/admin/teams/{team}/webhooks/{kind}/test", "{}", teamName, "SLACK");
        expecting(204, 404).call("admin", "DELETE", "/api/admin/teams/{team}/webhooks/{kind}", null, teamName, "SLACK");

        // learning
        JsonNode board = call("emma", "GET", "/api/lessons?page=0&size=5", null);
        call("emma", "GET", "/api/lessons?q=refnud", null);
        call("emma", "GET", "/api/lessons/similar?text=refund", null);
        String lessonId = board.path("items").path(0).path("id").asText("no-lesson");
        call("emma", "GET", "/api/lessons/{id}", null, lessonId);
        call("emma", "POST", "/api/lessons/{id}/endorsements", "{\"kind\":\"APPLIES_TO_MY_TEAM\"}", lessonId);
        JsonNode scenario = call("lena", "POST", "/api/lessons/{id}/scenarios", "{\"persona\":\"A guest in a hurry\",\"situation\":\"The key "
                + "card fails twice\",\"mayOffer\":\"A late check-out\",\"goodLooksLike\":\"Calm, an apology, a fix\",\"debriefQuestions\":[\"What helped?\"]}",
                lessonId);
        call("lena", "GET", "/api/scenarios", null);
        call("lena", "GET", "/api/scenarios/{id}", null, scenario.path("id").asText("no-scenario"));
        call("lena", "POST", "/api/scenarios/{id}/practice", "{\"heldOn\":\"" + today + "\",\"participants\":[\"emma\"],\"notes\":\"Went well\"}",
                scenario.path("id").asText("no-scenario"));
        call("lena", "GET", "/api/insights", null);
        call("hana", "GET", "/api/insights?from=2026-01-01", null);
        expecting(403).call("emma", "POST", "/api/lessons/{id}/archive", "{}", lessonId);
        expecting(403).call("emma", "POST", "/api/lessons/{id}/supersede", "{\"by\":\"" + lessonId + "\"}", lessonId);

        // reports and recoveries
        String occurred = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonNode report = call("emma", "POST", "/api/reports", "{\"title\":\"Key card cut wrong " + suffix + "\",\"narrative\":\"The encoder "
                + "showed 241 but the card opened 214. I should have checked.\",\"occurredAt\":\"" + occurred + "\",\"team\":\"Front Desk\","
                + "\"kind\":\"CUSTOMER_HARMED\",\"customerImpact\":\"MINOR\",\"reporterMode\":\"NAMED\",\"bentRule\":{\"rule\":\"Keys only after ID\","
                + "\"reason\":\"Regular guest\",\"valueCreated\":\"No queue\"},\"affectedCustomers\":[{\"customerRef\":\"Booking " + suffix
                + "\",\"proactive\":true}]}");
        String reportId = report.path("id").asText("no-report");
        call("emma", "GET", "/api/reports/{id}", null, reportId);
        call("emma", "GET", "/api/reports?mine=true", null);
        call("lena", "GET", "/api/reports?team=Front%20Desk&status=SUBMITTED", null);
        call("lena", "GET", "/api/reports/export?team=Front%20Desk&status=SUBMITTED", null);
        call("emma", "POST", "/api/reports/hints", "{\"narrative\":\"He was careless.\"}");
        JsonNode question = call("lena", "POST", "/api/reports/{id}/questions", "{\"text\":\"Which encoder was it?\"}", reportId);
        call("emma", "POST", "/api/reports/{id}/questions/{qid}/answer", "{\"text\":\"The left one.\"}", reportId,
                question.path("id").asText("no-question"));
        JsonNode anonymous = call("emma", "POST", "/api/reports", "{\"title\":\"Till left open " + suffix + "\",\"narrative\":\"The till "
                + "stayed open for an hour.\",\"occurredAt\":\"" + occurred + "\",\"team\":\"Front Desk\",\"kind\":\"NEAR_MISS\","
                + "\"customerImpact\":\"NONE\",\"reporterMode\":\"ANONYMOUS\"}");
        String receiptCode = anonymous.path("receiptCode").asText("no-code");
        JsonNode anonymousQuestion = call("lena", "POST", "/api/reports/{id}/questions", "{\"text\":\"Which till?\"}",
                anonymous.path("id").asText("no-report"));
        call("emma", "POST", "/api/reports/by-receipt", "{\"receiptCode\":\"" + receiptCode + "\"}");
        call("emma", "POST", "/api/reports/by-receipt/questions/{qid}/answer", "{\"receiptCode\":\"" + receiptCode + "\",\"text\":\"The second.\"}",
                anonymousQuestion.path("id").asText("no-question"));
        call("emma", "POST", "/api/reports/by-receipt/withdraw", "{\"receiptCode\":\"" + receiptCode + "\"}");
        expecting(404).call("eli", "POST", "/api/reports/by-receipt", "{\"receiptCode\":\"0000-0000-0000-0000-0000-0000-0000\"}");
        expecting(400).call("eli", "POST", "/api/reports/by-receipt", "{\"receiptCode\":42}");
        call("emma", "GET", "/api/recoveries?due=all", null);
        String recoveryId = report.path("recoveries").path(0).path("id").asText("no-recovery");
        call("emma", "GET", "/api/recoveries/{id}", null, recoveryId);
        call("emma", "POST", "/api/recoveries/{id}/steps", "{\"step\":\"CONTACTED\",\"channel\":\"PHONE\"}", recoveryId);
        call("lena", "GET", "/api/bent-rules", null);
        call("lena", "POST", "/api/bent-rules/decisions", "{\"team\":\"Front Desk\",\"rule\":\"Keys only after ID\",\"decision\":\"KEEP\"}");
        JsonNode field = call("lena", "POST", "/api/custom-fields",
                "{\"team\":\"Front Desk\",\"label\":\"Contract shift\",\"type\":\"CHOICE\",\"choices\":[\"Early\",\"Late\"]}");
        call("lena", "GET", "/api/custom-fields?team=Front%20Desk", null);
        call("lena", "DELETE", "/api/custom-fields/{id}", null, field.path("id").asText("no-field"));
        JsonNode letter = call("admin", "POST", "/api/admin/letter-templates",
                "{\"name\":\"Contract letter\",\"language\":\"en\",\"subject\":\"About {customerReference}\",\"body\":\"Sorry. {signedBy}\"}");
        call("admin", "GET", "/api/admin/letter-templates", null);
        call("admin", "PUT", "/api/admin/letter-templates/{id}",
                "{\"name\":\"Contract letter\",\"language\":\"de\",\"subject\":\"Betreff\",\"body\":\"Entschuldigung. {signedBy}\"}",
                letter.path("id").asText("no-letter"));
        call("emma", "POST", "/api/recoveries/{id}/letters", "{\"templateId\":\"" + letter.path("id").asText("no-letter")
                + "\",\"channel\":\"EMAIL\"}", recoveryId);
        call("admin", "DELETE", "/api/admin/letter-templates/{id}", null, letter.path("id").asText("no-letter"));
        call("admin", "GET", "/api/admin/retention", null);
        call("admin", "PUT", "/api/admin/retention", "{\"auditLogMonths\":600}");
        call("admin", "GET", "/api/admin/retention/preview", null);
        call("admin", "PUT", "/api/admin/retention", "{}");
        expecting(400).call("admin", "PUT", "/api/admin/retention", "{\"reportsMonths\":0}");
        call("lena", "PUT", "/api/reports/{id}/legal-hold", null, reportId);
        call("emma", "GET", "/api/reports/{id}/legal-hold", null, reportId);
        call("lena", "DELETE", "/api/reports/{id}/legal-hold", null, reportId);

        // triage, review, actions
        JsonNode outcome = call("lena", "POST", "/api/reports/{id}/triage", "{\"decision\":\"REVIEW\"}", reportId);
        expecting(409).call("emma", "POST", "/api/reports/{id}/withdraw", "{}", reportId);
        String reviewId = outcome.path("reviewId").asText("no-review");
        call("lena", "GET", "/api/reviews", null);
        call("lena", "GET", "/api/reviews/{id}", null, reviewId);
        call("lena", "PATCH", "/api/reviews/{id}", "{\"summary\":\"A key card was cut for the wrong room.\"}", reviewId);
        JsonNode entry = call("lena", "POST", "/api/reviews/{id}/timeline", "{\"at\":\"" + occurred + "\",\"text\":\"Card cut\"}", reviewId);
        call("lena", "PUT", "/api/reviews/{id}/timeline/{entryId}", "{\"at\":\"" + occurred + "\",\"text\":\"Card cut at the desk\"}", reviewId,
                entry.path("id").asText("no-entry"));
        JsonNode factor = call("lena", "POST", "/api/reviews/{id}/factors", "{\"category\":\"TOOLS\",\"description\":\"Digits swap easily\","
                + "\"whys\":[\"Small display\"]}", reviewId);
        call("lena", "PUT", "/api/reviews/{id}/factors/{factorId}", "{\"category\":\"TOOLS\",\"description\":\"Digits swap\"}", reviewId,
                factor.path("id").asText("no-factor"));
        JsonNode action = call("lena", "POST", "/api/reviews/{id}/actions", "{\"title\":\"Bigger display\",\"type\":\"PREVENTIVE\","
                + "\"owner\":\"emma\"}", reviewId);
        String actionId = action.path("id").asText("no-action");
        call("lena", "PUT", "/api/reviews/{id}/actions/{actionId}", "{\"title\":\"A bigger display\",\"type\":\"PREVENTIVE\",\"owner\":\"emma\"}",
                reviewId, actionId);
        call("lena", "GET", "/api/reviews/{id}/history", null, reviewId);
        call("emma", "GET", "/api/actions?mine=true", null);
        call("lena", "GET", "/api/actions", null);
        call("emma", "GET", "/api/actions/{id}", null, actionId);
        call("emma", "POST", "/api/actions/{id}/status", "{\"status\":\"IN_PROGRESS\"}", actionId);
        call("lena", "DELETE", "/api/reviews/{id}/timeline/{entryId}", null, reviewId, entry.path("id").asText("no-entry"));
        call("lena", "DELETE", "/api/reviews/{id}/factors/{factorId}", null, reviewId, factor.path("id").asText("no-factor"));
        call("lena", "POST", "/api/reviews/{id}/transitions", "{\"to\":\"IN_REVIEW\"}", reviewId);

        // inbox
        JsonNode inbox = call("emma", "GET", "/api/inbox", null);
        call("emma", "POST", "/api/inbox/{id}/read", "{}", inbox.path("items").path(0).path("id").asText("no-notification"));
        call("emma", "POST", "/api/inbox/read", "{}");

        // accountability and coaching
        call("lena", "POST", "/api/assessments", "{\"reportId\":\"" + reportId + "\",\"subject\":\"emma\",\"reason\":\"Check\","
                + "\"tests\":{\"deliberateHarm\":false,\"health\":false,\"foresight\":false,\"substitution\":true},\"behaviour\":\"HUMAN_ERROR\","
                + "\"response\":\"CONSOLE\"}");
        JsonNode assessments = call("hana", "GET", "/api/assessments", null);
        call("hana", "GET", "/api/assessments/{id}", null, assessments.path("items").path(0).path("id").asText("no-assessment"));
        JsonNode record = call("lena", "POST", "/api/coaching-records", "{\"employee\":\"emma\",\"heldAt\":\"" + today + "\",\"topic\":\"Key cards\","
                + "\"expectation\":\"Check the room number\",\"observations\":\"Swapped digits\",\"agreedActions\":\"Read it back\","
                + "\"followUpDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(14) + "\"}");
        String recordId = record.path("id").asText("no-record");
        call("lena", "GET", "/api/coaching-records/{id}", null, recordId);
        call("lena", "PATCH", "/api/coaching-records/{id}", "{\"topic\":\"Key cards, again\"}", recordId);
        call("lena", "POST", "/api/coaching-records/{id}/share", "{}", recordId);
        call("emma", "POST", "/api/coaching-records/{id}/acknowledgement", "{\"decision\":\"ACKNOWLEDGED\"}", recordId);
        call("lena", "POST", "/api/coaching-records/{id}/close", "{}", recordId);
        call("hana", "PUT", "/api/coaching-records/{id}/legal-hold", null, recordId);
        call("hana", "GET", "/api/coaching-records/{id}/legal-hold", null, recordId);
        call("hana", "DELETE", "/api/coaching-records/{id}/legal-hold", null, recordId);
        call("hana", "GET", "/api/coaching-records", null);
        call("hana", "GET", "/api/coaching-records/export?format=csv", null);
        expecting(201, 409).call("admin", "POST", "/api/admin/backups", "{}");

        // bad input, each answered as documented
        expecting(401).call(null, "GET", "/api/me", null);
        expecting(401).call("nobody-" + suffix + ":wrong-password", "GET", "/api/reports?mine=true", null);
        expecting(404).call("emma", "GET", "/api/reports/{id}", null, "no-such-report");
        String reportTag = Http.api(base).get("api/reports/" + reportId, "emma").header("ETag").orElseThrow();
        expecting(304).callWith("emma", "GET", "/api/reports/{id}", null, Map.of("If-None-Match", reportTag), reportId);
        expecting(403).call("emma", "GET", "/api/admin/users", null);
        expecting(400).call("emma", "POST", "/api/reports", "{}");
        expecting(400).call("emma", "POST", "/api/reports", "{\"title\":");
        expecting(400).call("emma", "POST", "/api/reports", "{\"title\":42,\"occurredAt\":\"yesterday\"}");
        expecting(400).call("emma", "GET", "/api/reports?mine=maybe", null);
        expecting(400).call("emma", "GET", "/api/lessons?page=abc", null);
        expecting(400).call("emma", "GET", "/api/lessons?size=1000", null);
        expecting(400).call("emma", "GET", "/api/lessons?page=2147483647", null);
        expecting(400).call("lena", "GET", "/api/coaching-records?from=not-a-date", null);
        expecting(400).call("hana", "GET", "/api/coaching-records/export?format=doc", null);
        expecting(400).call("lena", "GET", "/api/reports/export?status=LOST", null);
        expecting(403).call("emma", "GET", "/api/reports/export", null);
        expecting(412).callWith("lena", "PATCH", "/api/reviews/{id}", "{\"summary\":\"Stale\"}", Map.of("If-Match", "\"0\""), reviewId);
        expecting(415).callWith("emma", "POST", "/api/reports/hints", "{\"narrative\":\"x\"}", Map.of("Content-Type", "text/plain"));
        expecting(403).callWith("emma", "POST", "/api/reports/hints", "{\"narrative\":\"x\"}", Map.of("Origin", "https://elsewhere.example"));
        expecting(413).call("emma", "POST", "/api/reports/hints", "{\"narrative\":\"" + "x".repeat(1_100_000) + "\"}");

        // publishing: what looks like personal data is refused with its findings, and goes through once acknowledged (ADR 48)
        call("lena", "POST", "/api/reviews/{id}/factors", "{\"category\":\"TOOLS\",\"description\":\"The vendor on 0171 1234567 was busy\"}",
                reviewId);
        call("lena", "POST", "/api/reviews/{id}/transitions", "{\"to\":\"APPROVED\"}", reviewId);
        JsonNode refused = expecting(409).call("lena", "POST", "/api/reviews/{id}/transitions", "{\"to\":\"PUBLISHED\"}", reviewId);
        assertThat(refused.path("findings").findValuesAsText("text")).contains("0171 1234567");
        call("lena", "POST", "/api/reviews/{id}/transitions", "{\"to\":\"PUBLISHED\",\"acknowledgedFindings\":[\"0171 1234567\",\"" + suffix
                + "\"]}", reviewId);

        List<String> uncalled = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            if ((path.startsWith("/api/") || path.startsWith("/health/")) && !called.contains(method.name() + " " + path)) {
                uncalled.add(method.name() + " " + path);
            }
        }));
        assertThat(problems).as("answers that disagree with /openapi").isEmpty();
        assertThat(uncalled).as("operations this test did not call").isEmpty();
    }

    // --- calling ---

    /** The statuses the next call must answer (by default any 2xx); each must also be documented. */
    private ContractIT expecting(int... statuses) {
        expected = statuses;
        return this;
    }

    private JsonNode call(String user, String method, String template, String body, String... values) {
        return callWith(user, method, template, body, Map.of(), values);
    }

    /** Calls the operation, checks the answer against the document, and answers its JSON body (missing node when none). */
    private JsonNode callWith(String user, String method, String template, String body, Map<String, String> headers, String... values) {
        String path = template;
        for (String value : values) {
            path = path.replaceFirst("\\{[^}]+}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        Http client = Http.api(base);
        HttpRequest.Builder request = client.request(path.substring(1), user);
        boolean changing = !method.equals("GET");
        if (changing) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::setHeader);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        Http.Answer answer = client.send(request.build());
        String documented = template.contains("?") ? template.substring(0, template.indexOf('?')) : template;
        called.add(method + " " + documented);
        String where = method + " " + path + " as " + user + " → " + answer.status();
        int[] wanted = expected;
        expected = null;
        boolean asWanted = wanted == null ? answer.status() / 100 == 2 : java.util.Arrays.stream(wanted).anyMatch(s -> s == answer.status());
        if (!asWanted) {
            problems.add(where + ": expected " + (wanted == null ? "2xx" : java.util.Arrays.toString(wanted)) + "; body " + abbreviate(answer.body()));
        }
        Operation operation = operation(method, documented);
        if (operation == null) {
            problems.add(where + ": no such operation in the document");
            return JSON.missingNode();
        }
        ApiResponse response = response(operation.getResponses().get(Integer.toString(answer.status())));
        if (response == null) {
            problems.add(where + ": status not documented; body " + abbreviate(answer.body()));
            return JSON.missingNode();
        }
        String type = answer.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (answer.body().isEmpty()) {
            return JSON.missingNode();
        }
        Map<String, MediaType> content = response.getContent() == null ? Map.of() : response.getContent();
        MediaType media = content.get(type);
        if (media == null) {
            problems.add(where + ": media type " + type + " not documented for this status (" + content.keySet() + ")");
            return JSON.missingNode();
        }
        if (!type.endsWith("json")) {
            return JSON.missingNode();
        }
        JsonNode json;
        try {
            json = JSON.readTree(answer.body());
        } catch (IOException e) {
            problems.add(where + ": not JSON: " + abbreviate(answer.body()));
            return JSON.missingNode();
        }
        check(media.getSchema(), json, where + " $", 0);
        return json;
    }

    // --- the schema check ---

    private void check(Schema<?> schema, JsonNode value, String at, int depth) {
        if (depth > 30) {
            return;
        }
        schema = resolve(schema);
        Set<String> types = types(schema);
        if (value.isNull()) {
            if (!types.contains("null")) {
                problems.add(at + ": null, not allowed");
            }
            return;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()
                && schema.getEnum().stream().noneMatch(e -> String.valueOf(e).equals(value.isTextual() ? value.asText() : value.toString()))) {
            problems.add(at + ": " + value + " is not one of " + schema.getEnum());
        }
        if (types.isEmpty()) {
            return;
        }
        if (value.isObject() && types.contains("object")) {
            checkObject(schema, value, at, depth);
        } else if (value.isArray() && types.contains("array")) {
            int i = 0;
            for (JsonNode item : value) {
                if (schema.getItems() != null) {
                    check(schema.getItems(), item, at + "[" + i + "]", depth + 1);
                }
                i++;
            }
        } else if (value.isTextual() && types.contains("string")) {
            String format = schema.getFormat();
            if ("date".equals(format) && !DATE.matcher(value.asText()).matches()
                    || "date-time".equals(format) && !DATE_TIME.matcher(value.asText()).matches()) {
                problems.add(at + ": " + value + " is not a " + format);
            }
        } else if (!(value.isIntegralNumber() && (types.contains("integer") || types.contains("number"))
                || value.isNumber() && types.contains("number")
                || value.isBoolean() && types.contains("boolean"))) {
            problems.add(at + ": " + abbreviate(value.toString()) + " is not of type " + types);
        }
    }

    private void checkObject(Schema<?> schema, JsonNode value, String at, int depth) {
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        if (schema.getRequired() != null) {
            for (String name : schema.getRequired()) {
                if (!value.has(name)) {
                    problems.add(at + "." + name + ": required, absent");
                }
            }
        }
        Object additional = schema.getAdditionalProperties();
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Schema<?> property = properties.get(field.getKey());
            if (property != null) {
                check(property, field.getValue(), at + "." + field.getKey(), depth + 1);
            } else if (additional instanceof Schema<?> open) {
                check(open, field.getValue(), at + "." + field.getKey(), depth + 1);
            } else if (!Boolean.TRUE.equals(additional)) {
                problems.add(at + "." + field.getKey() + ": not in the document (" + abbreviate(field.getValue().toString()) + ")");
            }
        }
    }

    private static Set<String> types(Schema<?> schema) {
        Set<String> types = new TreeSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        if (types.isEmpty() && schema.getProperties() != null) {
            types.add("object");
        }
        return types;
    }

    private Schema<?> resolve(Schema<?> schema) {
        while (schema.get$ref() != null) {
            String ref = schema.get$ref();
            schema = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(schema).as(ref).isNotNull();
        }
        return schema;
    }

    private ApiResponse response(ApiResponse response) {
        if (response != null && response.get$ref() != null) {
            String ref = response.get$ref();
            return api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return response;
    }

    private Operation operation(String method, String path) {
        PathItem item = api.getPaths().get(path);
        return item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
    }

    private OpenAPI document() {
        Http.Answer served = Http.api(base).get("openapi", null, "application/json");
        assertThat(served.status()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);
        assertThat(parsed.getMessages()).as("swagger-parser's messages about the served document").isEmpty();
        return parsed.getOpenAPI();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
