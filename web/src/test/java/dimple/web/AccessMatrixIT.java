package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * Who may call what: one table of API operations against the people who might call them, with the
 * status each must get. A record someone may not see answers 404, an action someone may not take 403,
 * no credentials 401. Bodies that would change shared fixtures are deliberately invalid, so a
 * permitted caller gets 400 (the check passed, the input did not) and nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {
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
        String colleague = "fd" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        assertThat(api.post("api/admin/users", "admin", """
                {"username":"%s","displayName":"Frankie Desk","password":"a long enough passphrase","roles":["EMPLOYEE"],"teams":["Front Desk"]}"""
                .formatted(colleague)).status()).isEqualTo(201);
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("anonymous", null);
        credentials.put("employee", colleague + ":a long enough passphrase");
        credentials.put("otherTeamEmployee", "eli");
        credentials.put("reporter", "emma");
        credentials.put("leader", "lena");
        credentials.put("otherTeamLeader", "leo");
        credentials.put("hr", "hana");
        credentials.put("admin", "admin");

        Http.Answer filed = api.post("api/reports", "emma", report("NAMED"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String report = filed.json().getString("id");
        String recovery = filed.json().getJsonArray("recoveries").getJsonObject(0).getString("id");
        String toWithdraw = api.post("api/reports", "emma", report("NAMED")).json().getString("id");

        List<Row> table = List.of(
                //                                                       anon emp  other rep  lead oLead hr   admin
                new Row("GET", "api/me", null,                           401, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "api/admin/users", null,                  401, 403, 403, 403, 403, 403, 403, 200),
                new Row("POST", "api/admin/users", "{}",                 401, 403, 403, 403, 403, 403, 403, 400),
                new Row("POST", "api/admin/teams", "{}",                 401, 403, 403, 403, 403, 403, 403, 400),
                new Row("GET", "api/admin/audit", null,                  401, 403, 403, 403, 403, 403, 403, 200),
                new Row("GET", "api/reports/" + report, null,            401, 404, 404, 200, 200, 404, 404, 404),
                new Row("GET", "api/reports?mine=true", null,            401, 200, 200, 200, 200, 200, 403, 403),
                // a team filter naming a team the caller does not lead is refused as input (400), the same whether it exists or not
                new Row("GET", "api/reports?team=Front%20Desk", null,    401, 403, 403, 403, 200, 400, 403, 403),
                // a role that may never ask gets 403; a leader who may ask but cannot see this report gets 404
                new Row("POST", "api/reports/" + report + "/questions", "{}", 401, 403, 403, 403, 400, 404, 403, 403),
                // the leader sees the report but only its reporter may withdraw it: 403
                new Row("POST", "api/reports/" + toWithdraw + "/withdraw", "{}", 401, 404, 404, 200, 403, 404, 403, 403),
                new Row("GET", "api/recoveries?due=all", null,           401, 200, 200, 200, 200, 200, 403, 403),
                new Row("POST", "api/recoveries/" + recovery + "/steps", "{}", 401, 404, 404, 400, 400, 404, 403, 403),
                new Row("GET", "api/bent-rules?team=Front%20Desk", null, 401, 403, 403, 403, 200, 400, 403, 403));

        List<String> mismatches = new ArrayList<>();
        for (Row row : table) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                HttpRequest.Builder request = api.request(row.path(), credentials.get(caller));
                request = row.body() == null ? request.GET()
                        : request.header("Content-Type", "application/json").method(row.method(), HttpRequest.BodyPublishers.ofString(row.body(), StandardCharsets.UTF_8));
                int status = api.send(request.build()).status();
                if (status != row.expected()[i]) {
                    mismatches.add(row.method() + " " + row.path() + " as " + caller + ": expected " + row.expected()[i] + ", got " + status);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aConfidentialReportersName_appearsInNothingAnyoneElseCanFetch() {
        Http api = Http.api(base);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String username = "casey" + suffix;
        String displayName = "Casey Quiet " + suffix;
        assertThat(api.post("api/admin/users", "admin", """
                {"username":"%s","displayName":"%s","password":"a long enough passphrase","roles":["EMPLOYEE"],"teams":["Front Desk"]}"""
                .formatted(username, displayName)).status()).isEqualTo(201);
        String reporter = username + ":a long enough passphrase";
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

        List<String> fetched = new ArrayList<>();
        for (String[] call : new String[][] {
                {"lena", "api/reports/" + id}, {"lena", "api/reports?team=Front%20Desk&size=100"}, {"lena", "api/recoveries?due=all&size=100"},
                {"lena", "api/bent-rules?team=Front%20Desk"}, {"lena", "api/inbox"}, {"leo", "api/reports/" + id},
                {"hana", "api/reports/" + id}, {"admin", "api/reports/" + id}}) {
            fetched.add(call[0] + " " + call[1] + " -> " + api.get(call[1], call[0]).body());
        }
        assertThat(fetched).allSatisfy(body -> assertThat(body).doesNotContain(username).doesNotContain(displayName));
        assertThat(fetched.get(0)).as("the leader does see the report").contains(number);

        // The audit trail knows the account exists (an admin opened it), but nothing ties it to the report.
        String audit = api.get("api/admin/audit?size=100", "admin").body();
        assertThat(api.get("api/admin/audit?actor=" + username + "&size=100", "admin").json().getJsonArray("items")).isEmpty();
        for (String line : audit.split("\\},\\{")) {
            if (line.contains(number) || line.contains(id)) {
                assertThat(line).doesNotContain(username).doesNotContain(displayName);
            }
        }
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
