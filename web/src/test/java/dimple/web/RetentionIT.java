package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.CookieManager;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention (docs/adr/0052) over the API and the pages, in the real container with demo data: administrators set periods
 * and see counts only, leaders hold reports, the daily sweep runs and is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private Http api() {
        return Http.api(base);
    }

    private Http.Answer send(String method, String path, String user, String json) {
        return api().send(api().request(path, user).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private String withdrawnReport(String title) {
        Http.Answer filed = api().post("api/reports", "emma", Json.createObjectBuilder()
                .add("title", title).add("narrative", "The encoder showed 241 but the card opened 214 for Mrs Berger.")
                .add("occurredAt", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", "Front Desk").add("kind", "NEAR_MISS").add("customerImpact", "NONE").add("reporterMode", "NAMED")
                .build().toString());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().getString("id");
        assertThat(api().post("api/reports/" + id + "/withdraw", "emma", "{}").status()).isEqualTo(200);
        return id;
    }

    @Test
    void anAdministrator_setsPeriods_andThePreviewSaysCountsOnly_neverATitle() {
        String title = "Key card for Mrs Berger " + System.nanoTime();
        withdrawnReport(title);

        Http.Answer set = send("PUT", "api/admin/retention", "admin", "{\"reportsMonths\":84,\"auditLogMonths\":600}");
        Http.Answer read = api().get("api/admin/retention", "admin");
        Http.Answer preview = api().get("api/admin/retention/preview", "admin");
        Http.Answer cleared = send("PUT", "api/admin/retention", "admin", "{}");

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(read.json().getInt("reportsMonths")).isEqualTo(84);
        assertThat(read.json().getInt("auditLogMonths")).isEqualTo(600);
        assertThat(read.json().containsKey("recoveryCasesMonths")).as("kept for ever").isFalse();
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        List<JsonObject> lines = preview.json().getJsonArray("types").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("recordType")).containsExactly("REPORTS", "RECOVERY_CASES", "COACHING_RECORDS", "AUDIT_LOG");
        assertThat(lines.get(0).getInt("months")).isEqualTo(84);
        assertThat(lines.get(0).getInt("due")).as("a report withdrawn today is years from its end").isZero();
        assertThat(lines).allSatisfy(l -> assertThat(l.keySet()).isSubsetOf("recordType", "treatment", "months", "due", "oldestDay", "held"));
        assertThat(preview.body()).doesNotContain(title, "Berger", "emma", "Emma");
        assertThat(cleared.json()).as("every kind kept for ever again").isEmpty();
        List<String> changes = api().get("api/admin/audit?size=100&action=RETENTION_PERIOD_CHANGED", "admin").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("target") + " " + e.getString("detail")).toList();
        assertThat(changes).contains("REPORTS kept for ever -> 84 months", "REPORTS 84 months -> kept for ever");
    }

    @Test
    void aPeriodOutOfRange_isAProblemNamingItsField_andOnlyAnAdministratorSetsPeriods() {
        JsonObject before = api().get("api/admin/retention", "admin").json();
        Http.Answer refused = send("PUT", "api/admin/retention", "admin", "{\"reportsMonths\":0,\"auditLogMonths\":601}");
        Http.Answer notANumber = send("PUT", "api/admin/retention", "admin", "{\"reportsMonths\":\"seven years\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"reportsMonths\"", "\"auditLogMonths\"", "from 1 to 600");
        assertThat(notANumber.status()).as(notANumber.toString()).isEqualTo(400);
        assertThat(api().get("api/admin/retention", "admin").json()).as("nothing changed").isEqualTo(before);
        assertThat(api().get("api/admin/retention", "lena").status()).isEqualTo(403);
        assertThat(api().get("api/admin/retention/preview", "hana").status()).isEqualTo(403);
        assertThat(send("PUT", "api/admin/retention", "emma", "{\"reportsMonths\":12}").status()).isEqualTo(403);
    }

    @Test
    void aLeaderOfTheTeam_placesAndLiftsALegalHold_audited_andNobodyElseMay() {
        String id = withdrawnReport("Held report " + System.nanoTime());
        String hold = "api/reports/" + id + "/legal-hold";

        Http.Answer placed = send("PUT", hold, "lena", null);
        Http.Answer seenByReporter = api().get(hold, "emma");
        Http.Answer byOtherLeader = send("PUT", hold, "leo", null);
        Http.Answer byReporter = send("DELETE", hold, "emma", null);
        Http.Answer byAdmin = send("PUT", hold, "admin", null);
        Http.Answer lifted = send("DELETE", hold, "lena", null);

        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        assertThat(placed.json().getBoolean("held")).isTrue();
        assertThat(placed.json().getBoolean("mayChange")).isTrue();
        assertThat(seenByReporter.json().getBoolean("held")).isTrue();
        assertThat(seenByReporter.json().getBoolean("mayChange")).isFalse();
        assertThat(byOtherLeader.status()).isEqualTo(404);
        assertThat(byReporter.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(lifted.json().getBoolean("held")).isFalse();
        String number = api().get("api/reports/" + id, "lena").json().getString("number");
        List<String> audited = api().get("api/admin/audit?size=100&actor=lena", "admin").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(e -> number.equals(e.getString("target", null))).map(e -> e.getString("action")).toList();
        assertThat(audited).contains("LEGAL_HOLD_PLACED", "LEGAL_HOLD_LIFTED");
    }

    @Test
    void theDailySweep_runsOnTheContainersScheduler_withOneAuditLinePerKindOfRecord() throws InterruptedException {
        List<JsonObject> sweeps = swept();
        for (int i = 0; i < 60 && sweeps.size() < 4; i++) {
            Thread.sleep(1000);
            sweeps = swept();
        }
        assertThat(sweeps).extracting(e -> e.getString("target")).contains("REPORTS", "RECOVERY_CASES", "COACHING_RECORDS", "AUDIT_LOG");
        assertThat(sweeps).allSatisfy(e -> {
            assertThat(e.getString("actor")).isEqualTo("system");
            assertThat(e.getString("detail")).matches("(deleted|anonymised) \\d+ .*");
        });
    }

    @Test
    void theAdministratorsPage_andTheLeadersButton_areThere() {
        Http admin = Http.signedInPage(base, new CookieManager(), "admin", Http.DEMO_PASSWORD);
        Http.Answer page = admin.get("admin/retention.xhtml", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("What the next run removes", "retentionForm:reportsMonths", "retentionForm:auditLogMonths", "Kept for ever");

        String id = withdrawnReport("Report with a hold button " + System.nanoTime());
        Http lena = Http.signedInPage(base, new CookieManager(), "lena", Http.DEMO_PASSWORD);
        Http emma = Http.signedInPage(base, new CookieManager(), "emma", Http.DEMO_PASSWORD);
        assertThat(lena.get("report/view.xhtml?id=" + id, null).body()).contains("legalHoldForm:placeHold", "Place a legal hold");
        assertThat(emma.get("report/view.xhtml?id=" + id, null).body()).doesNotContain("legalHoldForm");
    }

    private List<JsonObject> swept() {
        return api().get("api/admin/audit?size=100&action=RETENTION_SWEPT", "admin").json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
