package dimple.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dimple.web.Http;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail from the running application to a real SMTP server (GreenMail, {@link MailServerForTests}): who
 * gets what, both parts, escaping, the unsubscribe link signed out (and a forged one refused), nothing of a
 * confidential report in anyone else's mail, and the admin's view of the queue (docs/adr/0030).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {
    private static final String PASSWORD = "a long enough passphrase";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private final String sfx = UUID.randomUUID().toString().substring(0, 6);
    private final String team = "Mail " + sfx;
    private final String reporter = "mlrep" + sfx;
    private final String leader = "mllead" + sfx;
    private final String quiet = "mlquiet" + sfx;

    private Http api() {
        return Http.api(base);
    }

    private static GreenMail smtp() {
        return MailServerForTests.server().orElseThrow(() -> new AssertionError("no test SMTP server: run with failsafe"));
    }

    private String address(String username) {
        return username + "@mail.test";
    }

    @BeforeEach
    void aTeamWithAddresses() {
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + team + "\"}").status()).isEqualTo(201);
        open(reporter, "Rhea Reporter", "[\"EMPLOYEE\"]", "[]");
        open(leader, "Leo Leader", "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]");
        open(quiet, "Quinn Quiet", "[\"EMPLOYEE\"]", "[]");
        for (String user : List.of(reporter, leader)) {
            Http.Answer set = put("api/admin/users/" + user + "/email", "admin", "{\"email\":\"" + address(user) + "\"}");
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
        }
    }

    private void open(String username, String displayName, String roles, String leads) {
        Http.Answer created = api().post("api/admin/users", "admin", """
                {"username":"%s","displayName":"%s","password":"%s","roles":%s,"teams":["%s"],"leads":%s}"""
                .formatted(username, displayName, PASSWORD, roles, team, leads));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private Http.Answer put(String path, String user, String json) {
        return api().send(api().request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private String as(String user) {
        return user + ":" + PASSWORD;
    }

    private String file(String mode, String title, String narrative, String customer) {
        Http.Answer filed = api().post("api/reports", as(reporter), """
                {"title":"%s","narrative":"%s","occurredAt":"2026-01-05T10:00:00Z","team":"%s","kind":"NEAR_MISS",
                 "customerImpact":"MINOR","reporterMode":"%s","affectedCustomers":[{"customerRef":"%s","proactive":true}]}"""
                .formatted(title, narrative, team, mode, customer));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().getString("id");
    }

    /** What reached one address, once {@code until} holds for it (or the patience runs out). */
    private List<MimeMessage> mailTo(String username, Predicate<List<MimeMessage>> until) throws Exception {
        return mailTo(username, until, PATIENCE);
    }

    private List<MimeMessage> mailTo(String username, Predicate<List<MimeMessage>> until, Duration patience) throws Exception {
        long end = System.nanoTime() + patience.toNanos();
        List<MimeMessage> mine;
        do {
            mine = new ArrayList<>();
            for (MimeMessage m : smtp().getReceivedMessages()) {
                for (Address to : m.getRecipients(Message.RecipientType.TO)) {
                    if (to.toString().equals(address(username))) {
                        mine.add(m);
                    }
                }
            }
            if (until.test(mine)) {
                return mine;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < end);
        return mine;
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String everything(MimeMessage mail) throws Exception {
        StringBuilder all = new StringBuilder(mail.getSubject()).append('\n');
        for (var headers = mail.getAllHeaderLines(); headers.hasMoreElements(); ) {
            all.append(headers.nextElement()).append('\n');
        }
        return all.append(part(mail, "text/plain")).append('\n').append(part(mail, "text/html")).toString();
    }

    private static boolean subjectStarts(MimeMessage m, String start) {
        try {
            return m.getSubject().startsWith(start);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aConfidentialReportersQuestion_reachesTheirOwnAddressOnly_andNothingOfTheReportReachesAnyoneElse() throws Exception {
        // The leader chose German and Berlin: their mail is in German with the due time in Berlin, the reporter's in English.
        Http.Answer chosen = put("api/me/settings", as(leader), "{\"language\":\"de\",\"timeZone\":\"Europe/Berlin\"}");
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        String narrative = "NARRATIVE-" + sfx + " the drawer stayed open";
        String title = "TITLE-" + sfx;
        String customer = "CUSTOMER-" + sfx;
        String reportId = file("CONFIDENTIAL", title, narrative, customer);
        String receipt = api().get("api/reports/" + reportId, as(reporter)).json().getString("number");
        Http.Answer asked = api().post("api/reports/" + reportId + "/questions", as(leader), "{\"text\":\"QUESTION-" + sfx + "\"}");
        assertThat(asked.status()).as(asked.toString()).isIn(200, 201);

        List<MimeMessage> reporters = mailTo(reporter, mails -> mails.stream().anyMatch(m -> subjectStarts(m, "A question"))
                && mails.stream().anyMatch(m -> subjectStarts(m, "A customer follow-up")));
        MimeMessage question = reporters.stream().filter(m -> subjectStarts(m, "A question")).findFirst().orElseThrow();
        assertThat(question.getSubject()).isEqualTo("A question about your report " + receipt);
        assertThat(Arrays.stream(question.getAllRecipients()).map(Address::toString)).containsExactly(address(reporter));
        assertThat(question.getFrom()[0].toString()).isEqualTo("dimple@dimple.test");
        assertThat(everything(question)).as("a mailbox may be read by others: the receipt and a link only")
                .contains(receipt, "https://dimple.test/report/view.xhtml?id=" + reportId)
                .doesNotContain(title, narrative, customer, "QUESTION-" + sfx);

        List<MimeMessage> leaders = mailTo(leader, mails -> mails.stream().anyMatch(m -> subjectStarts(m, "Eine Nachfrage")));
        assertThat(leaders).as("the leader hears of the follow-up, in the language they chose").isNotEmpty();
        MimeMessage german = leaders.stream().filter(m -> subjectStarts(m, "Eine Nachfrage")).findFirst().orElseThrow();
        assertThat(part(german, "text/plain")).as("the due time in the leader's zone, written as their pages write it")
                .containsPattern("ist bis \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d MEZ fällig\\.")
                .contains("In Dimple öffnen: https://dimple.test/", "Diese Art von Mail abbestellen: https://dimple.test/unsubscribe?t=");
        assertThat(part(german, "text/html")).contains("<html lang=\"de\">");
        MimeMessage english = reporters.stream().filter(m -> subjectStarts(m, "A customer follow-up")).findFirst().orElseThrow();
        assertThat(part(english, "text/plain")).as("the reporter chose nothing: English, the organisation's zone")
                .containsPattern("is due by \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
        for (MimeMessage mail : leaders) {
            assertThat(everything(mail)).as("nothing that names the confidential reporter, nor the report's story")
                    .doesNotContain(reporter, "Rhea", address(reporter), narrative, title, customer);
        }
        assertThat(mailTo(quiet, mails -> false, Duration.ofSeconds(2))).as("no address, no mail").isEmpty();
    }

    @Test
    void aMail_hasBothParts_escapesWhatPeopleTyped_andItsUnsubscribeLinkWorksSignedOut() throws Exception {
        String reportId = file("NAMED", "Till " + sfx, "The till drawer stayed open.", "Order " + sfx);
        Http.Answer triaged = api().post("api/reports/" + reportId + "/triage", as(leader), "{\"decision\":\"REVIEW\"}");
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        String reviewId = triaged.json().getString("reviewId");
        String title = "<b>Fix & \"check\"</b> " + sfx;
        Http.Answer planned = api().post("api/reviews/" + reviewId + "/actions", as(leader),
                "{\"title\":\"" + title.replace("\"", "\\\"") + "\",\"type\":\"PREVENTIVE\",\"owner\":\"" + reporter + "\",\"dueDate\":\""
                        + LocalDate.now().plusDays(7) + "\"}");
        assertThat(planned.status()).as(planned.toString()).isIn(200, 201);

        MimeMessage mail = mailTo(reporter, mails -> mails.stream().anyMatch(m -> subjectStarts(m, "You own"))).stream()
                .filter(m -> subjectStarts(m, "You own")).findFirst().orElseThrow(() -> new AssertionError("no mail of the action item"));
        assertThat(mail.isMimeType("multipart/alternative")).isTrue();
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text).contains(title).contains("https://dimple.test/action/mine.xhtml");
        assertThat(html).contains("&lt;b&gt;Fix &amp; &quot;check&quot;&lt;/b&gt; " + sfx).doesNotContain("<b>Fix");
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        assertThat(text).contains(unsubscribe);
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String token = URI.create(unsubscribe).getQuery().substring("t=".length());

        Http signedOut = Http.api(base);
        Http.Answer confirm = signedOut.get("unsubscribe?t=" + token, null);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("An action item is assigned to me").contains("Turn it off");
        assertThat(confirm.header("Set-Cookie")).as("no session for a signed-out page").isEmpty();
        assertThat(api().get("api/me/mail", as(reporter)).json().getJsonObject("choices").getString("ACTION_ASSIGNED"))
                .as("a GET changes nothing (mail scanners follow links)").isEqualTo("AT_ONCE");

        Http.Answer done = signedOut.postForm("unsubscribe", "t=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("This mail is now off for you").contains("An action item is assigned to me");
        assertThat(api().get("api/me/mail", as(reporter)).json().getJsonObject("choices").getString("ACTION_ASSIGNED")).isEqualTo("OFF");

        int middle = token.indexOf('.') + 10;
        String forged = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);
        Http.Answer refused = signedOut.postForm("unsubscribe", "t=" + URLEncoder.encode(forged, StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("This unsubscribe link is not valid. Nothing was changed.");
        assertThat(signedOut.get("unsubscribe?t=nonsense", null).status()).isEqualTo(400);
    }

    @Test
    void everybodySetsTheirOwnAddressAndChoices_andTheAdminSeesTheQueueButNoContent() throws Exception {
        Http.Answer mine = put("api/me/mail", as(quiet), "{\"email\":\"" + address(quiet) + "\",\"choices\":{\"FOLLOW_UP_DUE\":\"DIGEST\"}}");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().getString("email")).isEqualTo(address(quiet));
        assertThat(mine.json().getJsonObject("choices").getString("FOLLOW_UP_DUE")).isEqualTo("DIGEST");
        assertThat(mine.json().getBoolean("mailOn")).isTrue();
        Http.Answer refused = put("api/me/mail", as(quiet), "{\"email\":\"two@mail.test, three@mail.test\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Enter one mail address");
        assertThat(put("api/me/mail", as(quiet), "{\"choices\":{\"EVERYTHING\":\"OFF\"}}").status()).isEqualTo(400);
        assertThat(put("api/admin/users/" + quiet + "/email", as(leader), "{\"email\":\"x@mail.test\"}").status()).isEqualTo(403);

        file("NAMED", "Counter " + sfx, "The counter was left open.", "Order " + sfx);
        mailTo(leader, mails -> mails.stream().anyMatch(m -> subjectStarts(m, "A customer follow-up")));

        Http.Answer queue = api().get("api/admin/mail", "admin");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.json().getBoolean("on")).isTrue();
        assertThat(queue.json().getJsonNumber("sentLastDay").longValue()).isPositive();
        assertThat(queue.body()).doesNotContain("@mail.test").doesNotContain(sfx).doesNotContain("Order");
        assertThat(api().get("api/admin/mail", as(leader)).status()).isEqualTo(403);
    }

    @Test
    void aDigest_gathersSeveralEventsIntoOneMailAtTheDigestTime_nothingAtOnce_andOffGetsNothing() throws Exception {
        String digest = "mldig" + sfx;
        String off = "mloff" + sfx;
        open(digest, "Dana Digest", "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]");
        open(off, "Otto Off", "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]");
        assertThat(put("api/me/mail", as(digest), "{\"email\":\"" + address(digest)
                + "\",\"choices\":{\"FOLLOW_UP_DUE\":\"DIGEST\",\"ACTION_ASSIGNED\":\"DIGEST\"}}").status()).isEqualTo(200);
        assertThat(put("api/me/mail", as(off), "{\"email\":\"" + address(off)
                + "\",\"choices\":{\"FOLLOW_UP_DUE\":\"OFF\",\"ACTION_ASSIGNED\":\"OFF\"}}").status()).isEqualTo(200);

        // Digests go out every DIGEST_EVERY_SECONDS on this server (MailServerForTests), at multiples of it since the
        // epoch (the digest hour is 7). Start early in a period, so that everything below is queued well before its end.
        long period = MailServerForTests.DIGEST_EVERY_SECONDS;
        while (Instant.now().getEpochSecond() % period > period / 3) {
            Thread.sleep(250);
        }
        Instant digestTime = Instant.ofEpochSecond((Instant.now().getEpochSecond() / period + 1) * period);

        String narrative = "NARRATIVE-" + sfx + " the safe stayed open";
        String title = "TITLE-" + sfx;
        String customer = "CUSTOMER-" + sfx;
        List<String> reports = List.of(file("NAMED", "Till " + sfx, "The till drawer stayed open.", "Order A" + sfx),
                file("NAMED", "Door " + sfx, "The door was left unlocked.", "Order B" + sfx), file("CONFIDENTIAL", title, narrative, customer));
        List<String> receipts = new ArrayList<>();
        for (String id : reports) {
            receipts.add(api().get("api/reports/" + id, as(reporter)).json().getString("number"));
        }
        Http.Answer triaged = api().post("api/reports/" + reports.get(0) + "/triage", as(leader), "{\"decision\":\"REVIEW\"}");
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        String action = "<i>Tidy & \"label\"</i> " + sfx;
        Http.Answer planned = api().post("api/reviews/" + triaged.json().getString("reviewId") + "/actions", as(leader),
                "{\"title\":\"" + action.replace("\"", "\\\"") + "\",\"type\":\"PREVENTIVE\",\"owner\":\"" + digest + "\",\"dueDate\":\""
                        + LocalDate.now().plusDays(7) + "\"}");
        assertThat(planned.status()).as(planned.toString()).isIn(200, 201);

        assertThat(mailTo(reporter, mails -> mails.stream().filter(m -> subjectStarts(m, "A customer follow-up")).count() >= 3))
                .as("at once for whoever did not choose the digest: mail flows").filteredOn(m -> subjectStarts(m, "A customer follow-up")).hasSize(3);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), digestTime).toMillis() - 1500));
        assertThat(Instant.now()).as("the test's own timing: still before the digest time").isBefore(digestTime);
        assertThat(mailTo(digest, mails -> false, Duration.ZERO)).as("nothing at once for the digest").isEmpty();

        mailTo(digest, mails -> !mails.isEmpty(), PATIENCE);
        Thread.sleep(3000);
        List<MimeMessage> mails = mailTo(digest, m -> false, Duration.ZERO);
        assertThat(mails).as("one mail for the period, holding every event").hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString)).containsExactly(address(digest));
        assertThat(mail.getSubject()).isEqualTo("Dimple: 4 things for you today");
        assertThat(mail.getSentDate().toInstant()).as("sent at the digest time, not before").isAfterOrEqualTo(digestTime.minusSeconds(1));
        assertThat(mail.isMimeType("multipart/alternative")).isTrue();
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text).contains(receipts).contains(action).contains("Gathered since the last digest");
        assertThat(html).contains(receipts).contains("&lt;i&gt;Tidy &amp; &quot;label&quot;&lt;/i&gt; " + sfx).doesNotContain("<i>Tidy");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<https://dimple.test/unsubscribe?t=");
        assertThat(everything(mail)).as("nothing that names the confidential reporter, nor the report's story")
                .doesNotContain(reporter, "Rhea", address(reporter), narrative, title, customer);
        assertThat(mailTo(off, m -> false, Duration.ZERO)).as("off: nothing, at once or in a digest").isEmpty();
    }

    @Test
    void theAdminPagesThroughEveryMailFailure_onTheAuditPageAndByTheApi() throws Exception {
        Http.Answer first = api().get("api/admin/mail/failures?page=0&size=5", "admin");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getInt("page")).isZero();
        assertThat(first.json().getInt("size")).isEqualTo(5);
        assertThat(first.json().getJsonArray("items").size()).isLessThanOrEqualTo(5)
                .isEqualTo((int) Math.min(5, first.json().getJsonNumber("total").longValue()));
        assertThat(first.body()).doesNotContain("@mail.test");
        assertThat(api().get("api/admin/mail/failures?size=101", "admin").status()).isEqualTo(400);
        assertThat(api().get("api/admin/mail/failures", as(leader)).status()).isEqualTo(403);
        assertThat(api().get("api/admin/mail", "admin").json().containsKey("offCode")).as("mail is on: no reason").isFalse();

        Http admin = Http.signedInPage(base, new java.net.CookieManager(), "admin", Http.DEMO_PASSWORD);
        Http.Answer audit = admin.get("admin/audit.xhtml", null);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("id=\"mailForm:mailFailures\"");
        if (first.json().getJsonNumber("total").longValue() == 0) {
            assertThat(audit.body()).as("an empty state, not a missing table").contains("No mail or webhook has failed.");
        } else {
            assertThat(audit.body()).contains("mailForm:mailFailures_paginator_bottom");
        }
    }
}
