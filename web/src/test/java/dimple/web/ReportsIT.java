package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * Reports and service recovery over the API (API.md "Reports and service recovery"), in the real
 * container with demo data. Tests that depend on who filed what use people they create, so they
 * share nothing with each other or with other test classes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {
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

    /** Someone opened for one test, with a display name that appears nowhere else. */
    private record Person(String username, String displayName, String credentials) {
    }

    private Person person(String prefix, String roles, String teams, String leads) {
        String username = unique(prefix);
        String displayName = "Zora " + username.substring(prefix.length()) + " Quill";
        String body = Json.createObjectBuilder().add("username", username).add("displayName", displayName).add("password", PASSWORD)
                .add("roles", Json.createReader(new java.io.StringReader(roles)).readArray())
                .add("teams", Json.createReader(new java.io.StringReader(teams)).readArray())
                .add("leads", Json.createReader(new java.io.StringReader(leads)).readArray()).build().toString();
        Http.Answer created = api().post("api/admin/users", "admin", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Person(username, displayName, username + ":" + PASSWORD);
    }

    private String team() {
        String name = unique("Desk ");
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
        return name;
    }

    private static JsonObjectBuilder report(String team, String mode) {
        return Json.createObjectBuilder()
                .add("title", "Key card encoded for the wrong room")
                .add("narrative", "The encoder showed 241 but the card opened 214.")
                .add("occurredAt", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", team).add("kind", "NEAR_MISS").add("customerImpact", "MINOR").add("reporterMode", mode);
    }

    private JsonObject submit(String who, JsonObjectBuilder body) {
        Http.Answer answer = api().post("api/reports", who, body.build().toString());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    // --- filing ---

    @Test
    void filingAReport_answers201WithTheReceipt_hints_andOneRecoveryPerCustomerDueIn48Hours() {
        Http.Answer answer = api().post("api/reports", "emma", report("Front Desk", "NAMED")
                .add("narrative", "I was careless and should have checked the encoder.")
                .add("bentRule", Json.createObjectBuilder().add("rule", "Keys only after ID check").add("reason", "Regular guest")
                        .add("valueCreated", "No queue"))
                .add("affectedCustomers", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("customerRef", "Booking 58213").add("proactive", true))
                        .add(Json.createObjectBuilder().add("customerRef", "Booking 58214")))
                .build().toString());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonObject report = answer.json();
        assertThat(answer.header("Location").orElseThrow()).endsWith("/api/reports/" + report.getString("id"));
        assertThat(answer.header("ETag")).isPresent();
        assertThat(report.getString("number")).matches("R-\\d{4}-\\d{6}");
        assertThat(report.getString("status")).isEqualTo("SUBMITTED");
        assertThat(report.getString("reporter")).isEqualTo("emma");
        assertThat(report.getJsonArray("hints").stream().map(h -> h.asJsonObject().getString("phrase"))).containsExactly("careless", "should have");
        assertThat(report.getJsonObject("bentRule").getString("rule")).isEqualTo("Keys only after ID check");
        Instant submitted = Instant.parse(report.getString("submittedAt"));
        assertThat(report.getJsonArray("recoveries")).hasSize(2).allSatisfy(r -> {
            assertThat(r.asJsonObject().getString("status")).isEqualTo("OPEN");
            assertThat(Instant.parse(r.asJsonObject().getString("followUpDue"))).isEqualTo(submitted.plus(Duration.ofHours(48)));
        });
        // What the POST answered is what a GET reads back: the same times, to the same precision (the database's).
        JsonObject read = api().get("api/reports/" + report.getString("id"), "emma").json();
        assertThat(read.getString("submittedAt")).isEqualTo(report.getString("submittedAt"));
        assertThat(read.getJsonArray("recoveries").getValuesAs(JsonObject.class)).extracting(r -> r.getString("followUpDue"))
                .containsExactlyInAnyOrderElementsOf(report.getJsonArray("recoveries").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("followUpDue")).toList());
    }

    @Test
    void namedReceiptNumbers_followEachOther_andAConfidentialOneTakesNoNumberBetweenThem() {
        String first = submit("eli", report("Online Orders", "NAMED")).getString("number");
        String confidential = submit("eli", report("Online Orders", "CONFIDENTIAL")).getString("number");
        String second = submit("eli", report("Online Orders", "NAMED")).getString("number");

        long a = Long.parseLong(first.substring(first.lastIndexOf('-') + 1));
        long b = Long.parseLong(second.substring(second.lastIndexOf('-') + 1));
        assertThat(b).isGreaterThan(a);
        assertThat(second.substring(0, 7)).isEqualTo(first.substring(0, 7));
        assertThat(confidential).matches("C-\\d{4}-\\w{4}-\\w{4}");
    }

    // --- anonymous reports and their receipt codes (docs/adr/0050) ---

    @Test
    void anAnonymousReport_isReachedOnlyWithItsCode_whichWasShownOnce() {
        String team = team();
        Person filer = person("anon", "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        Person leader = person("anonlead", "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]", "[\"" + team + "\"]");
        JsonObject filed = submit(filer.credentials(), report(team, "ANONYMOUS"));
        String id = filed.getString("id");
        String code = filed.getString("receiptCode");

        assertThat(code).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(filed.containsKey("reporter")).isFalse();
        assertThat(api().get("api/reports/" + id, filer.credentials()).status()).as("no link to the filer").isEqualTo(404);
        assertThat(api().get("api/reports?mine=true", filer.credentials()).json().getJsonArray("items")).isEmpty();
        JsonObject seenByLeader = api().get("api/reports/" + id, leader.credentials()).json();
        assertThat(seenByLeader.containsKey("reporter")).isFalse();
        assertThat(seenByLeader.containsKey("receiptCode")).as("shown once, never again").isFalse();
        assertThat(seenByLeader.getString("submittedAt")).endsWith("T00:00:00Z");

        String question = api().post("api/reports/" + id + "/questions", leader.credentials(), "{\"text\":\"Which encoder?\"}").json().getString("id");
        Http.Answer opened = api().post("api/reports/by-receipt", filer.credentials(),
                "{\"receiptCode\":\"" + code.toLowerCase().replace("-", " ") + "\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.header("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(opened.json().getString("id")).isEqualTo(id);
        assertThat(opened.json().getBoolean("yours")).isTrue();
        assertThat(opened.json().containsKey("receiptCode")).isFalse();
        Http.Answer answered = api().post("api/reports/by-receipt/questions/" + question + "/answer", filer.credentials(),
                "{\"receiptCode\":\"" + code + "\",\"text\":\"The left one.\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(api().get("api/reports/" + id, leader.credentials()).json().getJsonArray("questions").getJsonObject(0).getString("answer"))
                .isEqualTo("The left one.");
        Http.Answer withdrawn = api().post("api/reports/by-receipt/withdraw", filer.credentials(), "{\"receiptCode\":\"" + code + "\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void wrongReceiptCodes_areAllTheSame404_andAfterThreeTheGuesserWaits_withoutTheCodeInTheTrail() {
        String team = team();
        Person filer = person("anon", "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        Person guesser = person("guess", "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        String code = submit(filer.credentials(), report(team, "ANONYMOUS")).getString("receiptCode");

        Http.Answer madeUp = api().post("api/reports/by-receipt", guesser.credentials(), "{\"receiptCode\":\"0000-0000-0000-0000-0000-0000-0000\"}");
        Http.Answer garbled = api().post("api/reports/by-receipt", guesser.credentials(), "{\"receiptCode\":\"not a code at all\"}");
        Http.Answer confidentialReceipt = api().post("api/reports/by-receipt", guesser.credentials(), "{\"receiptCode\":\"C-2026-7KQ3-M9XD\"}");
        Http.Answer rightButWaiting = api().post("api/reports/by-receipt", guesser.credentials(), "{\"receiptCode\":\"" + code + "\"}");

        assertThat(List.of(madeUp, garbled, confidentialReceipt)).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(404);
            assertThat(a.body()).isEqualTo(madeUp.body());
        });
        assertThat(rightButWaiting.status()).as(rightButWaiting.toString()).isEqualTo(429);
        assertThat(rightButWaiting.header("Retry-After")).isPresent();
        assertThat(rightButWaiting.body()).doesNotContain(code);
        assertThat(api().post("api/reports/by-receipt", filer.credentials(), "{\"receiptCode\":\"" + code + "\"}").status())
                .as("only the guesser waits").isEqualTo(200);
        String trail = api().get("api/admin/audit?size=100", "admin").body();
        assertThat(trail).contains("wrong receipt codes in a row").contains(guesser.username())
                .doesNotContain("0000-0000", "not a code", code, code.replace("-", ""));
    }

    @Test
    void wrongInput_namesEveryField_andStoresNothing() {
        Person reporter = person("rep", "[\"EMPLOYEE\"]", "[\"Front Desk\"]", "[]");
        Http.Answer answer = api().post("api/reports", reporter.credentials(), Json.createObjectBuilder()
                .add("title", "x".repeat(201)).add("narrative", " ").add("occurredAt", Instant.now().plus(Duration.ofDays(1)).toString())
                .add("team", "Online Orders").add("kind", "OOPS").add("customerImpact", "HUGE").add("reporterMode", "SECRET")
                .add("affectedCustomers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", "")))
                .build().toString());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer)).contains("title", "narrative", "occurredAt", "team", "kind", "customerImpact", "reporterMode",
                "affectedCustomers[0].customerRef");
        assertThat(api().get("api/reports?mine=true", reporter.credentials()).json().getInt("total")).isZero();
    }

    @Test
    void aFieldOfTheWrongType_isNamedInThe400_evenInsideAList() {
        Http.Answer answer = api().post("api/reports", "emma", report("Front Desk", "NAMED")
                .add("affectedCustomers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", 42)))
                .add("customerImpact", 3).build().toString());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("customerImpact", "affectedCustomers[0].customerRef");
    }

    @Test
    void anOversizedReport_isRefusedWith413() {
        String body = report("Front Desk", "NAMED").add("narrative", "x".repeat(1_100_000)).build().toString();

        Http.Answer answer = api().post("api/reports", "emma", body);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void markupAndAnyUnicode_areKeptAsText() {
        String title = "<script>alert('x')</script> 😀 Zürich ‮";
        JsonObject filed = submit("emma", report("Front Desk", "NAMED").add("title", title));

        assertThat(api().get("api/reports/" + filed.getString("id"), "lena").json().getString("title")).isEqualTo(title.strip());
    }

    // --- who sees what ---

    @Test
    void aReport_isVisibleToItsReporterAndTheTeamsLeaders_andToNobodyElse() {
        String id = submit("emma", report("Front Desk", "CONFIDENTIAL")).getString("id");

        assertThat(api().get("api/reports/" + id, "emma").status()).isEqualTo(200);
        assertThat(api().get("api/reports/" + id, "lena").status()).isEqualTo(200);
        for (String other : List.of("leo", "eli", "hana", "admin")) {
            Http.Answer answer = api().get("api/reports/" + id, other);
            assertThat(answer.status()).as(other).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(api().get("api/reports/" + UUID.randomUUID(), "lena").status()).isEqualTo(404);
        assertThat(api().get("api/reports/" + id, null).status()).isEqualTo(401);
    }

    @Test
    void hr_neverReachesReportsRecoveriesOrBentRules() {
        assertThat(api().get("api/reports?team=Front%20Desk", "hana").status()).isEqualTo(403);
        assertThat(api().get("api/reports?mine=true", "hana").status()).isEqualTo(403);
        assertThat(api().get("api/recoveries", "hana").status()).isEqualTo(403);
        assertThat(api().get("api/bent-rules", "hana").status()).isEqualTo(403);
        assertThat(api().post("api/reports", "hana", report("Front Desk", "NAMED").build().toString()).status()).isEqualTo(403);
    }

    @Test
    void aConfidentialReportersNameAndUsername_areInNoAnswerALeaderGets_norInTheAuditOfTheReport() {
        String team = team();
        Person reporter = person("conf", "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        Person leader = person("lead", "[\"EMPLOYEE\",\"LEADER\"]", "[]", "[\"" + team + "\"]");
        JsonObject filed = submit(reporter.credentials(), report(team, "CONFIDENTIAL")
                .add("bentRule", Json.createObjectBuilder().add("rule", "Refunds need the receipt").add("reason", "Lost it"))
                .add("affectedCustomers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", "Order 77"))));
        String id = filed.getString("id");
        String number = filed.getString("number");
        String recoveryId = filed.getJsonArray("recoveries").getJsonObject(0).getString("id");
        assertThat(filed.getString("reporter")).as("the reporter sees themself").isEqualTo(reporter.username());

        List<Http.Answer> leaderSees = new ArrayList<>();
        Http.Answer asked = api().post("api/reports/" + id + "/questions", leader.credentials(), "{\"text\":\"Which desk was it?\"}");
        leaderSees.add(asked);
        Http.Answer answered = api().post("api/reports/" + id + "/questions/" + asked.json().getString("id") + "/answer",
                reporter.credentials(), "{\"text\":\"The left one, near the door.\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(api().post("api/recoveries/" + recoveryId + "/steps", reporter.credentials(),
                "{\"step\":\"CONTACTED\",\"channel\":\"PHONE\",\"by\":\"Front desk\"}").status()).isEqualTo(200);
        leaderSees.add(api().post("api/recoveries/" + recoveryId + "/steps", leader.credentials(),
                "{\"step\":\"REMEDY_DELIVERED\",\"remedy\":{\"type\":\"REFUND\",\"cost\":{\"amount\":12.5,\"currency\":\"EUR\"}}}"));
        leaderSees.add(api().get("api/reports/" + id, leader.credentials()));
        leaderSees.add(api().get("api/reports?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8), leader.credentials()));
        leaderSees.add(api().get("api/reports", leader.credentials()));
        leaderSees.add(api().get("api/recoveries?due=all", leader.credentials()));
        leaderSees.add(api().get("api/recoveries/" + recoveryId, leader.credentials()));
        leaderSees.add(api().get("api/bent-rules", leader.credentials()));
        leaderSees.add(api().post("api/bent-rules/decisions", leader.credentials(),
                "{\"team\":\"" + team + "\",\"rule\":\"refunds NEED the receipt\",\"decision\":\"CHANGE\",\"note\":\"Allow a manager\"}"));
        leaderSees.add(api().post("api/reports/" + id + "/withdraw", leader.credentials(), ""));

        assertThat(leaderSees.get(2).json().containsKey("reporter")).isFalse();
        assertThat(leaderSees.get(2).json().getString("reporterMode")).isEqualTo("CONFIDENTIAL");
        assertThat(leaderSees.get(2).json().getJsonArray("questions").getJsonObject(0).getString("answer")).isEqualTo("The left one, near the door.");
        assertThat(leaderSees.get(3).json().getInt("total")).isEqualTo(1);
        assertThat(leaderSees.get(7).array()).hasSize(1);
        assertThat(leaderSees.get(9).status()).as("a leader cannot withdraw for the reporter").isEqualTo(403);
        for (Http.Answer answer : leaderSees) {
            assertThat(answer.status()).as(answer.toString()).isLessThan(500);
            assertThat(answer.body()).as(answer.toString()).doesNotContain(reporter.username()).doesNotContain(reporter.displayName());
        }

        JsonObject audit = api().get("api/admin/audit?size=100", "admin").json();
        List<JsonObject> aboutTheReport = audit.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> number.equals(e.getString("target", null))).toList();
        // What the leader did is readable at once under the leader's name; what the reporter did waits for the day to end.
        assertThat(aboutTheReport).extracting(e -> e.getString("action"))
                .contains("REPORT_QUESTION_ASKED", "RECOVERY_STEP_RECORDED")
                .doesNotContain("REPORT_SUBMITTED", "REPORT_QUESTION_ANSWERED");
        assertThat(aboutTheReport).extracting(e -> e.getString("actor")).containsOnly(leader.username());
        assertThat(aboutTheReport.toString()).doesNotContain(reporter.username()).doesNotContain(reporter.displayName());
        assertThat(number).as("a confidential receipt is a random code").matches("C-\\d{4}-\\w{4}-\\w{4}");
        assertThat(leaderSees.get(2).json().getString("submittedAt")).as("the leader sees only the day").endsWith("T00:00:00Z");
        assertThat(api().get("api/admin/audit?action=REPORT_SUBMITTED&actor=" + reporter.username(), "admin").json().getInt("total")).isZero();
    }

    @Test
    void aNamedReport_tellsTheLeaderWhoFiledIt() {
        String id = submit("emma", report("Front Desk", "NAMED")).getString("id");

        JsonObject seen = api().get("api/reports/" + id, "lena").json();

        assertThat(seen.getString("reporter")).isEqualTo("emma");
        assertThat(seen.getString("reporterName")).isEqualTo("Emma Employee");
    }

    // --- the reporter's own ---

    @Test
    void myReports_listTheReportersOwn_withQuestionsWaiting() {
        String team = team();
        Person reporter = person("mine", "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        Person leader = person("lead", "[\"LEADER\"]", "[]", "[\"" + team + "\"]");
        String older = submit(reporter.credentials(), report(team, "CONFIDENTIAL")).getString("id");
        String newer = submit(reporter.credentials(), report(team, "NAMED")).getString("id");
        api().post("api/reports/" + older + "/questions", leader.credentials(), "{\"text\":\"When exactly?\"}");

        JsonObject mine = api().get("api/reports?mine=true", reporter.credentials()).json();

        assertThat(mine.getInt("total")).isEqualTo(2);
        assertThat(mine.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id"))).containsExactly(newer, older);
        assertThat(mine.getJsonArray("items").getJsonObject(1).getInt("questionsWaiting")).isEqualTo(1);
        assertThat(mine.getJsonArray("items").getJsonObject(1).getString("reporter")).isEqualTo(reporter.username());
    }

    @Test
    void theReporterWithdraws_onceAndBeforeTriage_andAStaleIfMatchIsRefused() {
        JsonObject filed = submit("emma", report("Front Desk", "NAMED"));
        String id = filed.getString("id");
        String etag = api().get("api/reports/" + id, "emma").header("ETag").orElseThrow();
        api().post("api/reports/" + id + "/questions", "lena", "{\"text\":\"Anything else?\"}");

        Http.Answer stale = api().send(api().request("api/reports/" + id + "/withdraw", "emma").header("If-Match", etag)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(stale.status()).isEqualTo(412);

        String fresh = api().get("api/reports/" + id, "emma").header("ETag").orElseThrow();
        Http.Answer withdrawn = withdraw(id, fresh.substring(0, fresh.indexOf('-')) + "\"");
        assertThat(withdrawn.status()).as("the bare version, as clients sent it before: " + withdrawn).isEqualTo(200);
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
        Http.Answer again = api().post("api/reports/" + id + "/withdraw", "emma", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("detail")).contains("withdrawn already");
    }

    /**
     * A report's body shows its recovery cases, which change without the report's version: the ETag is the
     * version and a hash of the bytes sent, so If-None-Match answers 304 only while the body is the same, and
     * If-Match on a state change still compares the version (RFC 9110: lists, *, weak tags never match).
     */
    @Test
    void aReportsETag_is304WhileItsBodyHolds_changesWithARecoveryStep_andIfMatchComparesItsVersion() {
        JsonObject filed = submit("emma", report("Front Desk", "NAMED").add("affectedCustomers",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", "Order 7"))));
        String id = filed.getString("id");
        String path = "api/reports/" + id;
        Http.Answer first = api().get(path, "emma");
        String etag = first.header("ETag").orElseThrow();
        assertThat(etag).matches("\"\\d+-[0-9a-f]{16}\"");
        String version = etag.substring(1, etag.indexOf('-'));

        for (String ifNoneMatch : new String[] {etag, "W/" + etag, "\"0-0000000000000000\", " + etag, "*"}) {
            Http.Answer unchanged = withHeader(path, "emma", "If-None-Match", ifNoneMatch);
            assertThat(unchanged.status()).as(ifNoneMatch).isEqualTo(304);
            assertThat(unchanged.body()).isEmpty();
            assertThat(unchanged.header("ETag")).contains(etag);
        }
        Http.Answer leader = withHeader(path, "lena", "If-None-Match", etag);
        assertThat(leader.status()).as("the leader's body differs (no 'yours'), so it is not the reporter's tag").isEqualTo(200);
        assertThat(withHeader(path, "emma", "If-Match", etag).status()).isEqualTo(200);
        assertThat(withHeader(path, "emma", "If-Match", "W/" + etag).status()).as("weak never matches If-Match").isEqualTo(412);

        String recoveryId = filed.getJsonArray("recoveries").getJsonObject(0).getString("id");
        assertThat(api().post("api/recoveries/" + recoveryId + "/steps", "lena", "{\"step\":\"CONTACTED\"}").status()).isEqualTo(200);
        Http.Answer changed = withHeader(path, "emma", "If-None-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        String newer = changed.header("ETag").orElseThrow();
        assertThat(newer).as("the body changed: a new tag").isNotEqualTo(etag).startsWith("\"" + version + "-");
        assertThat(changed.json().getJsonArray("recoveries").getJsonObject(0).getString("status")).isEqualTo("CONTACTED");
        assertThat(withHeader(path, "emma", "If-None-Match", newer).status()).isEqualTo(304);

        assertThat(withdraw(id, "W/\"" + version + "\"").status()).as("a weak tag on a state change").isEqualTo(412);
        Http.Answer wrong = withdraw(id, "\"98\", \"99\"");
        assertThat(wrong.status()).isEqualTo(412);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        Http.Answer withdrawn = withdraw(id, "\"98\", " + etag);
        assertThat(withdrawn.status()).as("a list with the old body's tag: the version still matches").isEqualTo(200);
        assertThat(withdrawn.header("ETag").orElseThrow()).isNotEqualTo(newer);
    }

    private Http.Answer withHeader(String path, String user, String name, String value) {
        return api().send(api().request(path, user).header(name, value).GET().build());
    }

    private Http.Answer withdraw(String id, String ifMatch) {
        return api().send(api().request("api/reports/" + id + "/withdraw", "emma").header("If-Match", ifMatch)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void questions_comeFromLeadersOfTheTeam_andAreAnsweredOnceByTheReporter() {
        String id = submit("emma", report("Front Desk", "CONFIDENTIAL")).getString("id");

        assertThat(api().post("api/reports/" + id + "/questions", "emma", "{\"text\":\"Me?\"}").status()).as("employees do not ask").isEqualTo(403);
        assertThat(api().post("api/reports/" + id + "/questions", "leo", "{\"text\":\"Hi\"}").status()).isEqualTo(404);
        assertThat(api().post("api/reports/" + id + "/questions", "lena", "{\"text\":\"\"}").status()).isEqualTo(400);
        JsonObject question = api().post("api/reports/" + id + "/questions", "lena", "{\"text\":\"Which encoder?\"}").json();
        assertThat(question.getString("askedBy")).isEqualTo("lena");

        String answerPath = "api/reports/" + id + "/questions/" + question.getString("id") + "/answer";
        assertThat(api().post(answerPath, "lena", "{\"text\":\"I think the left\"}").status()).isEqualTo(403);
        assertThat(api().post(answerPath, "emma", "{\"text\":\"The left one\"}").json().getString("answer")).isEqualTo("The left one");
        assertThat(api().post(answerPath, "emma", "{\"text\":\"Actually the right\"}").status()).isEqualTo(409);
    }

    // --- recoveries ---

    @Test
    void aRecovery_movesForwardOnly_withTheFieldsNamedWhenSomethingIsMissing() {
        String recoveryId = submit("emma", report("Front Desk", "NAMED").add("affectedCustomers",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", "Order 5")))).getJsonArray("recoveries")
                .getJsonObject(0).getString("id");
        String steps = "api/recoveries/" + recoveryId + "/steps";

        Http.Answer missing = api().post(steps, "lena", "{\"step\":\"REMEDY_DELIVERED\",\"remedy\":{\"cost\":{\"amount\":-3,\"currency\":\"EURO\"}}}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("remedy.type", "remedy.cost.amount", "remedy.cost.currency");

        JsonObject delivered = api().post(steps, "lena", "{\"step\":\"REMEDY_DELIVERED\",\"remedy\":{\"type\":\"CREDIT\",\"cost\":{\"amount\":20,\"currency\":\"EUR\"}}}").json();
        assertThat(delivered.getString("status")).isEqualTo("REMEDY_DELIVERED");
        assertThat(delivered.getJsonObject("remedy").getJsonObject("cost").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("20");

        Http.Answer back = api().post(steps, "emma", "{\"step\":\"CONTACTED\"}");
        assertThat(back.status()).isEqualTo(409);
        assertThat(api().post(steps, "emma", "{\"step\":\"FOLLOWED_UP\",\"outcome\":\"DELIGHTED\"}").json().getString("status")).isEqualTo("FOLLOWED_UP");
        assertThat(api().post(steps, "leo", "{\"step\":\"CLOSED\"}").status()).isEqualTo(404);
    }

    @Test
    void recoveriesDue_showTheOverdueOnesMarked_mostUrgentFirst() {
        JsonObject due = api().get("api/recoveries?due=overdue", "lena").json();
        List<JsonObject> items = due.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();

        assertThat(items).as("the demo data has overdue recoveries in Front Desk").isNotEmpty()
                .allSatisfy(i -> assertThat(i.getBoolean("overdue")).isTrue());
        assertThat(items.stream().map(i -> Instant.parse(i.getString("followUpDue"))).toList()).isSorted();
        assertThat(api().get("api/recoveries?due=later", "lena").status()).isEqualTo(400);
        assertThat(api().get("api/recoveries?due=soon", "leo").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("team"))).containsOnly("Online Orders");
    }

    @Test
    void allOpenCases_listEveryUnsettledCase_evenOneDueInAMonth_andNotTheClosedOnes() {
        String later = Instant.now().plus(Duration.ofDays(30)).toString();
        String ref = "Order " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject filed = submit("emma", report("Front Desk", "NAMED").add("affectedCustomers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("customerRef", ref + "-later").add("followUpDue", later))
                .add(Json.createObjectBuilder().add("customerRef", ref + "-closed"))));
        String closedId = filed.getJsonArray("recoveries").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("customerRef").endsWith("-closed")).findFirst().orElseThrow().getString("id");
        assertThat(api().post("api/recoveries/" + closedId + "/steps", "lena", "{\"step\":\"CLOSED\"}").status()).isEqualTo(200);

        List<String> open = api().get("api/recoveries?due=open&team=Front%20Desk&size=100", "lena").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("customerRef")).toList();
        List<String> due = api().get("api/recoveries?due=all&team=Front%20Desk&size=100", "lena").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("customerRef")).toList();

        assertThat(open).as("all open cases").contains(ref + "-later").doesNotContain(ref + "-closed");
        assertThat(due).as("what is due leaves out a follow-up a month away").doesNotContain(ref + "-later");
        assertThat(api().get("api/recoveries?due=open", "leo").json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("customerRef"))).doesNotContain(ref + "-later");
    }

    // --- team inbox and bent rules ---

    @Test
    void theTeamInbox_filtersAndPages_newestFirst_forLeadersOnly() {
        Http.Answer all = api().get("api/reports?team=Front%20Desk&size=100", "lena");
        Http.Answer goodCatches = api().get("api/reports?kind=GOOD_CATCH&size=100", "lena");
        Http.Answer onePage = api().get("api/reports?size=2&page=0", "lena");

        List<Instant> times = all.json().getJsonArray("items").stream().map(i -> Instant.parse(i.asJsonObject().getString("submittedAt"))).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(goodCatches.json().getJsonArray("items")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.asJsonObject().getString("kind")).isEqualTo("GOOD_CATCH"));
        assertThat(onePage.json().getJsonArray("items")).hasSize(2);
        assertThat(onePage.json().getInt("total")).isGreaterThan(2);
        assertThat(api().get("api/reports?team=Online%20Orders", "lena").status()).isEqualTo(400);
        assertThat(api().get("api/reports?status=LOST", "lena").status()).isEqualTo(400);
        assertThat(api().get("api/reports?from=yesterday", "lena").status()).isEqualTo(400);
        assertThat(api().get("api/reports", "emma").status()).isEqualTo(403);
    }

    @Test
    void theBentRulesRegister_groupsRulesWhateverTheirSpelling_andKeepsTheDecision() {
        String team = team();
        Person reporter = person("bent", "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        Person leader = person("lead", "[\"LEADER\"]", "[]", "[\"" + team + "\"]");
        submit(reporter.credentials(), report(team, "NAMED").add("bentRule", Json.createObjectBuilder().add("rule", "No refunds without receipt")));
        submit(reporter.credentials(), report(team, "CONFIDENTIAL").add("bentRule", Json.createObjectBuilder().add("rule", " no REFUNDS  without receipt")));
        submit(reporter.credentials(), report(team, "NAMED").add("bentRule", Json.createObjectBuilder().add("rule", "Pets stay outside")));

        JsonObject decided = api().post("api/bent-rules/decisions", leader.credentials(),
                "{\"team\":\"" + team + "\",\"rule\":\"No refunds without receipt\",\"decision\":\"RETIRE\",\"note\":\"It hurts regulars\"}").json();
        List<JsonObject> register = api().get("api/bent-rules?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8), leader.credentials())
                .array().stream().map(JsonValue::asJsonObject).toList();

        assertThat(decided.getJsonObject("decision").getString("decision")).isEqualTo("RETIRE");
        assertThat(register).extracting(e -> e.getInt("count")).containsExactly(2, 1);
        assertThat(register.get(0).getJsonArray("reports")).hasSize(2);
        assertThat(register.get(0).getJsonObject("decision").getString("note")).isEqualTo("It hurts regulars");
        assertThat(register.get(1).containsKey("decision")).isFalse();
        assertThat(api().post("api/bent-rules/decisions", leader.credentials(),
                "{\"team\":\"" + team + "\",\"rule\":\"Never bent\",\"decision\":\"KEEP\"}").status()).isEqualTo(404);
    }

    @Test
    void hints_answerWhileTyping() {
        Http.Answer hints = api().post("api/reports/hints", "emma", "{\"narrative\":\"Obviously a human error.\"}");

        assertThat(hints.status()).isEqualTo(200);
        assertThat(hints.array().stream().map(h -> h.asJsonObject().getString("phrase"))).containsExactly("obviously", "human error");
    }

    // --- custom fields of a team (ADR 46) ---

    @Test
    void aTeamsCustomFields_areAnsweredOnFiling_readBack_refusedWhenBad_andStayWhenRemoved() {
        String team = team();
        Person leader = person("lead", "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]", "[\"" + team + "\"]");
        Person reporter = person("rep", "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        Http.Answer shift = api().post("api/custom-fields", leader.credentials(), Json.createObjectBuilder().add("team", team)
                .add("label", "Which shift").add("type", "CHOICE").add("required", true).add("helpText", "The shift you were on")
                .add("choices", Json.createArrayBuilder().add("Early").add("Late")).build().toString());
        assertThat(shift.status()).as(shift.toString()).isEqualTo(201);
        assertThat(shift.json().getString("key")).isEqualTo("which-shift");
        assertThat(api().post("api/custom-fields", leader.credentials(), "{\"team\":\"" + team + "\",\"label\":\"Guests waiting\",\"type\":\"NUMBER\"}")
                .status()).isEqualTo(201);
        assertThat(api().post("api/custom-fields", "leo", "{\"team\":\"" + team + "\",\"label\":\"Sneaky\",\"type\":\"TEXT\"}").status())
                .as("a leader of another team").isEqualTo(400);

        Http.Answer bad = api().post("api/reports", reporter.credentials(), report(team, "NAMED")
                .add("customFields", Json.createObjectBuilder().add("which-shift", "Lunch").add("guests-waiting", "many").add("colour", "red"))
                .build().toString());
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(fields(bad)).containsExactlyInAnyOrder("customFields.which-shift", "customFields.guests-waiting", "customFields.colour");
        assertThat(bad.body()).contains("Which shift must be one of: Early, Late.");

        JsonObject filed = submit(reporter.credentials(), report(team, "NAMED")
                .add("customFields", Json.createObjectBuilder().add("which-shift", "late").add("guests-waiting", 3)));
        JsonObject read = api().get("api/reports/" + filed.getString("id"), leader.credentials()).json();
        assertThat(read.getJsonArray("customFields").stream().map(v -> v.asJsonObject().getString("key") + "=" + v.asJsonObject().get("value")))
                .containsExactly("which-shift=\"Late\"", "guests-waiting=3");
        assertThat(api().get("api/reports/" + filed.getString("id"), "eli").status()).as("a person of another team").isEqualTo(404);
        submit(reporter.credentials(), report(team, "NAMED").add("customFields", Json.createObjectBuilder().add("which-shift", "Early")));
        JsonObject lateOnes = api().get("api/reports?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8).replace("+", "%20")
                + "&status=&field=which-shift&value=Late", leader.credentials()).json();
        assertThat(lateOnes.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id"))).containsExactly(filed.getString("id"));

        Http.Answer removed = api().send(api().request("api/custom-fields/" + shift.json().getString("id"), leader.credentials())
                .header("Content-Type", "application/json").DELETE().build());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        JsonObject afterwards = api().get("api/reports/" + filed.getString("id"), reporter.credentials()).json();
        assertThat(afterwards.getJsonArray("customFields").stream().map(v -> v.asJsonObject().getString("key") + " removed="
                + v.asJsonObject().getBoolean("removed"))).containsExactly("guests-waiting removed=false", "which-shift removed=true");
        // New reports no longer ask the removed field: an answer to it is refused as unknown.
        assertThat(fields(api().post("api/reports", reporter.credentials(), report(team, "NAMED")
                .add("customFields", Json.createObjectBuilder().add("which-shift", "Early")).build().toString())))
                .containsExactly("customFields.which-shift");
    }

    // --- the leaders' CSV export (issue 13) ---

    @Test
    void theCsvExport_givesTheLeadersInbox_aColumnPerCustomField_cellsNoSpreadsheetRuns_theFilter_andNothingToEmployees() {
        String team = team();
        String inTeam = "team=" + URLEncoder.encode(team, StandardCharsets.UTF_8).replace("+", "%20");
        Person leader = person("lead", "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]", "[\"" + team + "\"]");
        Person reporter = person("rep", "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        assertThat(api().post("api/custom-fields", leader.credentials(), Json.createObjectBuilder().add("team", team).add("label", "Which shift")
                .add("type", "CHOICE").add("choices", Json.createArrayBuilder().add("Early").add("Late")).build().toString()).status()).isEqualTo(201);
        submit(reporter.credentials(), report(team, "NAMED").add("title", "=HYPERLINK(\"http://evil.example\",\"Open\")")
                .add("affectedCustomers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", "Order 77").add("proactive", true)))
                .add("customFields", Json.createObjectBuilder().add("which-shift", "Late")));
        submit(reporter.credentials(), report(team, "CONFIDENTIAL").add("title", "Spotted the wrong room in time").add("kind", "GOOD_CATCH")
                .add("customFields", Json.createObjectBuilder().add("which-shift", "Early")));

        Http.Answer csv = api().get("api/reports/export?" + inTeam, leader.credentials(), "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).matches("attachment; filename=\"reports-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        assertThat(csv.body()).startsWith("\uFEFF");
        List<String> lines = List.of(csv.body().substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Receipt,Submitted,Team,State,Kind,Customer impact,Title,When it happened,Reporter,Affected customers,Which shift");
        assertThat(lines).hasSize(3);
        // Newest first, as the inbox: the confidential report keeps only its day, so it comes after today's named one.
        assertThat(lines.get(1)).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\"", reporter.displayName(), ",1,Late")
                .doesNotContain(",=HYPERLINK");
        assertThat(lines.get(2)).contains("Spotted the wrong room in time", ",Confidential,0,Early")
                .doesNotContain(reporter.displayName(), reporter.username());

        List<String> goodCatches = List.of(api().get("api/reports/export?" + inTeam + "&kind=GOOD_CATCH", leader.credentials(), "text/csv")
                .body().split("\r\n"));
        assertThat(goodCatches).hasSize(2);
        assertThat(goodCatches.get(1)).contains("Spotted the wrong room in time");

        Http.Answer german = api().send(api().request("api/reports/export?" + inTeam, leader.credentials()).header("Accept-Language", "de").GET().build());
        assertThat(german.body()).startsWith("\uFEFFQuittung,Erstattet,Team,Stand,Art,");

        assertThat(api().get("api/reports/export", reporter.credentials(), "text/csv").status()).as("an employee").isEqualTo(403);
        Http.Answer bad = api().get("api/reports/export?status=LOST&kind=OOPS", leader.credentials(), "text/csv");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(fields(bad)).containsExactlyInAnyOrder("status", "kind");
        assertThat(api().get("api/reports/export?from=yesterday", leader.credentials(), "text/csv").status()).isEqualTo(400);
        assertThat(api().get("api/reports/export?team=Front%20Desk", leader.credentials(), "text/csv").status()).as("a team not led").isEqualTo(400);
    }

    @Test
    void theInboxPage_downloadsTheCsvOfTheFilterItShows() {
        String team = team();
        Person leader = person("lead", "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]", "[\"" + team + "\"]");
        Person reporter = person("rep", "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        String words = unique("Saucer");
        submit(reporter.credentials(), report(team, "NAMED").add("title", words + " chipped at breakfast"));
        submit(reporter.credentials(), report(team, "NAMED").add("title", "Another morning"));
        Http page = Http.signedInPage(base, new java.net.CookieManager(), leader.username(), PASSWORD);
        Http.Answer inbox = page.get("report/inbox.xhtml?status=all", null);
        assertThat(inbox.body()).contains("Download CSV");

        Http.Answer csv = page.postForm("report/inbox.xhtml?status=all", FoundationIT.formBody(inbox.body(), "inboxForm",
                "inboxForm:words", words, "inboxForm:exportCsv", "Download CSV"));

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"reports-"));
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(words + " chipped at breakfast", reporter.displayName());
    }

    @Test
    void theOpenApiDocument_describesTheReportsApi() {
        assertThat(api().get("openapi", null, "application/yaml").body()).contains("/api/reports:", "/api/reports/export:", "/api/recoveries/{id}/steps:", "/api/bent-rules:");
    }

    private static List<String> fields(Http.Answer answer) {
        return answer.json().getJsonArray("errors").stream().map(e -> ((JsonString) e.asJsonObject().get("field")).getString()).toList();
    }
}
