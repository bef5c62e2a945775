package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
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
 * The confidentiality promise, proved the way an adversary would try to break it: two teams of equal
 * size live through the same day (the same sign-ins, a named report, then the same confidential report,
 * a leader's question, the reporter's answer and a recovery step, the same sign-outs). In team A the
 * confidential report is filed by the member who also filed the named one; in team B by the other
 * member. Everything an administrator, the team's leader, another team's leader and HR can read
 * afterwards (audit log, report lists and details, the inbox's CSV export, recoveries, bent rules, insights, error answers,
 * counts, receipts, ordering, pages) must be the same for both teams once names of teams, people and
 * records are replaced by their role in the story. Anything that pointed to the reporter would name
 * member 1 in one team and member 2 in the other, and the comparison would fail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConfidentialityIT {
    private static final String PASSWORD = "a long enough passphrase";
    private static final int MEMBERS = 5;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern RECEIPT = Pattern.compile("R-\\d{4}-\\d{6}");
    private static final Pattern CODE = Pattern.compile("C-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern PAGE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private Http api() {
        return Http.api(base);
    }

    /** One team of the experiment: its name, its members' usernames (index 0 is member 1), its leader. */
    private record Twin(String team, List<String> members, String leader, String label) {
        String credentials(int member) {
            return members.get(member - 1) + ":" + PASSWORD;
        }

        String leaderCredentials() {
            return leader + ":" + PASSWORD;
        }
    }

    /**
     * What one team's day left behind: the reports' ids and receipts. The "confidential" report is the one whose reporter
     * is hidden: confidential, or anonymous, when {@code receiptCode} is the code its reporter keeps (docs/adr/0050).
     */
    private record Day(String namedId, String namedReceipt, String confidentialId, String confidentialReceipt, String recoveryId,
                       String receiptCode) {
    }

    /** The teams of this experiment: every one is "TEAM" once normalised, so lists of all teams compare too. */
    private final List<String> twinTeams = new ArrayList<>();

    private Twin twin(String label, String suffix) {
        String team = "Twin " + label + " " + suffix;
        twinTeams.add(team);
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + team + "\"}").status()).isEqualTo(201);
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            String username = "tw" + label.toLowerCase() + i + suffix;
            open(username, "Twin Member " + i, "[\"EMPLOYEE\"]", team, "[]");
            members.add(username);
        }
        String leader = "tw" + label.toLowerCase() + "lead" + suffix;
        open(leader, "Twin Leader", "[\"EMPLOYEE\",\"LEADER\"]", team, "[\"" + team + "\"]");
        Http.Answer mail = api().send(api().request("api/admin/users/" + leader + "/email", "admin").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\":\"" + leader + "@twins.test\"}")).build());
        assertThat(mail.status()).as(mail.toString()).isEqualTo(200);
        // A question of the team's own (docs/adr/0046), answered on every report: its answer is content like the story.
        Http.Answer field = api().post("api/custom-fields", leader + ":" + PASSWORD,
                "{\"team\":\"" + team + "\",\"label\":\"Where was the till\",\"type\":\"CHOICE\",\"required\":true,"
                        + "\"choices\":[\"Front\",\"Back\"]}");
        assertThat(field.status()).as(field.toString()).isEqualTo(201);
        return new Twin(team, members, leader, label);
    }

    private void open(String username, String displayName, String roles, String team, String leads) {
        Http.Answer created = api().post("api/admin/users", "admin", """
                {"username":"%s","displayName":"%s","password":"%s","roles":%s,"teams":["%s"],"leads":%s}"""
                .formatted(username, displayName, PASSWORD, roles, team, leads));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private static String report(String team, String mode, String title) {
        return """
                {"title":"%s","narrative":"The till drawer stayed open while the queue grew; a customer pointed at it.",
                 "occurredAt":"2026-01-05T10:00:00Z","team":"%s","kind":"NEAR_MISS","customerImpact":"MINOR","reporterMode":"%s",
                 "bentRule":{"rule":"Close the drawer between sales","reason":"The queue","valueCreated":"Faster service"},
                 "affectedCustomers":[{"customerRef":"Order 1001","proactive":true}],
                 "customFields":{"where-was-the-till":"Front"}}""".formatted(title, team, mode);
    }

    private void pageSignIn(CookieManager cookies, String username) {
        Http.signedInPage(base, cookies, username, PASSWORD);
    }

    private void pageSignIn(CookieManager cookies, String username, String password) {
        Http.signedInPage(base, cookies, username, password);
    }

    private void pageSignOut(CookieManager cookies) {
        Http browser = Http.browserLike(base, cookies);
        Http.Answer home = browser.get("index.xhtml", null);
        assertThat(home.status()).isEqualTo(200);
        assertThat(browser.postForm("index.xhtml", FoundationIT.formBody(home.body(), "signOutForm", "signOutForm:signOut", "Sign out")).status())
                .isEqualTo(302);
    }

    /** The same day for a team: the confidential report is filed by member {@code reporter} (1 or 2). */
    private Day liveTheDay(Twin twin, int reporter) {
        return liveTheDay(twin, reporter, "CONFIDENTIAL");
    }

    /**
     * The same day for a team, the hidden report filed in this mode by member {@code reporter} (1 or 2). An anonymous
     * reporter answers with the receipt code (signed in as themselves, as in real life) and records no recovery step:
     * nothing links them to the report's cases.
     */
    private Day liveTheDay(Twin twin, int reporter, String hiddenMode) {
        CookieManager first = new CookieManager();
        CookieManager second = new CookieManager();
        pageSignIn(first, twin.members().get(0));
        pageSignIn(second, twin.members().get(1));

        Http.Answer named = api().post("api/reports", twin.credentials(1), report(twin.team(), "NAMED", "Drawer open, named"));
        assertThat(named.status()).as(named.toString()).isEqualTo(201);
        Http.Answer confidential = api().post("api/reports", twin.credentials(reporter), report(twin.team(), hiddenMode, "Drawer open"));
        assertThat(confidential.status()).as(confidential.toString()).isEqualTo(201);
        String confidentialId = confidential.json().getString("id");
        String recoveryId = confidential.json().getJsonArray("recoveries").getJsonObject(0).getString("id");

        Http.Answer asked = api().post("api/reports/" + confidentialId + "/questions", twin.leaderCredentials(), "{\"text\":\"Which till was it?\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        String code = confidential.json().getString("receiptCode", null);
        Http.Answer answered = code == null
                ? api().post("api/reports/" + confidentialId + "/questions/" + asked.json().getString("id") + "/answer",
                        twin.credentials(reporter), "{\"text\":\"The second till.\"}")
                : api().post("api/reports/by-receipt/questions/" + asked.json().getString("id") + "/answer", twin.credentials(reporter),
                        "{\"receiptCode\":\"" + code + "\",\"text\":\"The second till.\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        if (code == null) {
            Http.Answer step = api().post("api/recoveries/" + recoveryId + "/steps", twin.credentials(reporter),
                    "{\"step\":\"CONTACTED\",\"channel\":\"IN_PERSON\",\"by\":\"Front desk\"}");
            assertThat(step.status()).as(step.toString()).isEqualTo(200);
        }

        pageSignOut(first);
        pageSignOut(second);
        return new Day(named.json().getString("id"), named.json().getString("number"), confidentialId,
                confidential.json().getString("number"), recoveryId, code);
    }

    @Test
    void everythingOthersCanRead_isTheSame_whicheverMemberFiledTheConfidentialReport() {
        everythingOthersCanRead_isTheSame_whicheverMemberFiledTheHiddenReport("CONFIDENTIAL");
    }

    /** ADR 50: the same day with an anonymous report instead, answered with its receipt code; the code is nowhere others read. */
    @Test
    void everythingOthersCanRead_isTheSame_whicheverMemberFiledTheAnonymousReport() {
        everythingOthersCanRead_isTheSame_whicheverMemberFiledTheHiddenReport("ANONYMOUS");
    }

    private void everythingOthersCanRead_isTheSame_whicheverMemberFiledTheHiddenReport(String hiddenMode) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        Twin a = twin("A", suffix);
        Twin b = twin("B", suffix);

        Day dayA = liveTheDay(a, 1, hiddenMode);
        Day dayB = liveTheDay(b, 2, hiddenMode);

        Map<String, String> seenA = whatOthersSee(a, dayA);
        Map<String, String> seenB = whatOthersSee(b, dayB);

        assertThat(seenA.keySet()).containsExactlyElementsOf(seenB.keySet());
        for (String what : seenA.keySet()) {
            assertThat(seenB.get(what)).as(what).isEqualTo(seenA.get(what));
        }
        assertThat(seenA.get("admin: audit entries of the team")).as("the story is there, with the named reporter")
                .contains("member1 | REPORT_SUBMITTED | <receipt>").contains("leader | REPORT_QUESTION_ASKED | <code>")
                .doesNotContain("REPORT_QUESTION_ANSWERED").doesNotContain("member2 | REPORT_SUBMITTED");
        assertThat(dayA.confidentialReceipt()).matches(CODE);
        assertThat(seenA.get("leader: confidential report")).contains("\"reporterMode\":\"" + hiddenMode + "\"").doesNotContain("receiptCode");
        for (Day day : List.of(dayA, dayB)) {
            if (day.receiptCode() != null) {
                String code = day.receiptCode();
                assertThat(List.of(seenA, seenB)).as("the receipt code is nowhere others read").allSatisfy(seen -> seen.values().forEach(
                        text -> assertThat(text).doesNotContain(code, code.replace("-", ""), code.substring(0, 9))));
            }
        }
        assertThat(seenA.get("leader: CSV export")).as("the export has both reports, the team's question and names only the named reporter")
                .startsWith("200 ").contains("Where was the till", hiddenMode.equals("ANONYMOUS") ? ",Anonymous," : ",Confidential,", "Twin Member 1")
                .doesNotContain("Twin Member 2");

        CookieManager admin = new CookieManager();
        pageSignIn(admin, "admin", Http.DEMO_PASSWORD);
        Http.Answer auditPage = Http.browserLike(base, admin).get("admin/audit.xhtml", null);
        assertThat(auditPage.status()).isEqualTo(200);
        assertThat(auditPage.body()).as("the reporters' own actions are not in the trail the same day")
                .doesNotContain("confidential reporter").contains(b.leader()).contains("SIGNED_OUT");
    }

    /** Times a confidential report's reporter caused are known to the day only; the leader's own question keeps its time. */
    @Test
    void theTimesALeaderSeesOfAConfidentialReport_areDaysOnly_exceptTheLeadersOwn() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        Twin c = twin("C", suffix);
        Day day = liveTheDay(c, 2);

        JsonObject seen = api().get("api/reports/" + day.confidentialId(), c.leaderCredentials()).json();
        Map<String, List<String>> times = new LinkedHashMap<>();
        collectTimes("", seen, times);

        assertThat(times.keySet()).contains("submittedAt", "questions.answeredAt", "questions.askedAt", "recoveries.steps.at",
                "recoveries.apology.at", "recoveries.followUpDue");
        times.forEach((field, values) -> {
            if (!field.equals("questions.askedAt") && !field.equals("occurredAt")) {
                assertThat(values).as(field).allSatisfy(v -> assertThat(v).endsWith("T00:00:00Z"));
            }
        });
        assertThat(times.get("questions.askedAt")).noneSatisfy(v -> assertThat(v).endsWith("T00:00:00Z"));
    }

    private static void collectTimes(String path, JsonValue value, Map<String, List<String>> times) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((k, v) -> collectTimes(path.isEmpty() ? k : path + "." + k, v, times));
            case ARRAY -> value.asJsonArray().forEach(v -> collectTimes(path, v, times));
            case STRING -> {
                String text = ((jakarta.json.JsonString) value).getString();
                if (INSTANT.matcher(text).matches()) {
                    times.computeIfAbsent(path, k -> new ArrayList<>()).add(text);
                }
            }
            default -> {
            }
        }
    }

    /** Everything readable by others about one team's day, normalised, by what it is. */
    private Map<String, String> whatOthersSee(Twin twin, Day day) {
        Map<String, String> seen = new LinkedHashMap<>();
        String team = URLEncoder.encode(twin.team(), StandardCharsets.UTF_8);
        Http api = api();
        String leader = twin.leaderCredentials();

        // The team's leader.
        seen.put("leader: inbox", normalise(twin, day, api.get("api/reports?team=" + team, leader)));
        // The inbox as a file a leader can pass on: its rows, their order and the times in them.
        seen.put("leader: CSV export", normalise(twin, day, api.get("api/reports/export?team=" + team, leader, "text/csv")));
        seen.put("leader: confidential report", normalise(twin, day, api.get("api/reports/" + day.confidentialId(), leader)));
        seen.put("leader: named report", normalise(twin, day, api.get("api/reports/" + day.namedId(), leader)));
        seen.put("leader: recoveries due", normalise(twin, day, api.get("api/recoveries?due=all&team=" + team, leader)));
        seen.put("leader: recovery", normalise(twin, day, api.get("api/recoveries/" + day.recoveryId(), leader)));
        seen.put("leader: bent rules", normalise(twin, day, api.get("api/bent-rules?team=" + team, leader)));
        seen.put("leader: insights", normalise(twin, day, api.get("api/insights?team=" + team, leader)));
        seen.put("leader: team list", normalise(twin, day, api.get("api/admin/teams", leader)));
        seen.put("leader: notifications", notifications(twin, day, api.get("api/inbox?size=100", leader)));
        seen.put("leader: mails", mails(twin, day));
        seen.put("leader: may not withdraw", normalise(twin, day, api.post("api/reports/" + day.confidentialId() + "/withdraw", leader, "")));

        CookieManager cookies = new CookieManager();
        pageSignIn(cookies, twin.leader());
        Http page = Http.browserLike(base, cookies);
        seen.put("leader page: home", pageText(twin, day, page.get("index.xhtml", null)));
        seen.put("leader page: inbox", pageText(twin, day, page.get("report/inbox.xhtml", null)));
        seen.put("leader page: confidential report", pageText(twin, day, page.get("report/view.xhtml?id=" + day.confidentialId(), null)));
        seen.put("leader page: recovery", pageText(twin, day, page.get("recovery/case.xhtml?id=" + day.recoveryId(), null)));
        seen.put("leader page: bent rules", pageText(twin, day, page.get("report/bent-rules.xhtml", null)));
        seen.put("leader page: notifications", notificationRows(twin, day, page.get("notifications.xhtml", null)));
        seen.put("leader page: header", headerText(twin, day, page.get("index.xhtml", null)));
        pageSignOut(cookies);

        // Another team's leader and HR: the report does not exist for them.
        seen.put("other leader: confidential report", normalise(twin, day, api.get("api/reports/" + day.confidentialId(), "leo")));
        seen.put("other leader: recovery", normalise(twin, day, api.get("api/recoveries/" + day.recoveryId(), "leo")));
        seen.put("hr: confidential report", normalise(twin, day, api.get("api/reports/" + day.confidentialId(), "hana")));
        seen.put("hr: insights of the team", normalise(twin, day, api.get("api/insights?team=" + team, "hana")));
        seen.put("hr: coaching records", normalise(twin, day, api.get("api/coaching-records?team=" + team, "hana")));

        // The administrator: the audit trail, the accounts, the team's size, error answers.
        seen.put("admin: confidential report", normalise(twin, day, api.get("api/reports/" + day.confidentialId(), "admin")));
        seen.put("admin: audit entries of the team", auditOf(twin, day));
        for (int i = 1; i <= MEMBERS; i++) {
            seen.put("admin: account of member " + i, normalise(twin, day, api.get("api/admin/users/" + twin.members().get(i - 1), "admin")));
        }
        String teams = api.get("api/admin/teams", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(twin.team())).findFirst().orElseThrow().toString();
        seen.put("admin: the team", normalise(twin, day, teams));
        return seen;
    }

    /** The audit lines that mention the team, its people or its reports, in the trail's order, one a line. */
    private String auditOf(Twin twin, Day day) {
        List<String> mentions = new ArrayList<>(twin.members());
        mentions.add(twin.leader());
        mentions.add(twin.team());
        mentions.add(day.namedReceipt());
        mentions.add(day.confidentialReceipt());
        List<String> lines = new ArrayList<>();
        for (JsonObject entry : api().get("api/admin/audit?size=100", "admin").json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            String line = entry.getString("actor") + " | " + entry.getString("action") + " | " + entry.getString("target", "") + " | "
                    + entry.getString("detail", "") + " | " + entry.getString("at") + " | " + entry.getBoolean("dayOnly", false);
            if (mentions.stream().anyMatch(line::contains)) {
                lines.add(normalise(twin, day, line));
            }
        }
        assertThat(lines).as("the day's audit lines of team " + twin.label()).hasSizeGreaterThan(MEMBERS);
        return String.join("\n", lines);
    }

    private String normalise(Twin twin, Day day, Http.Answer answer) {
        return answer.status() + " " + normalise(twin, day, answer.body());
    }

    /** Names of the team, its people and its records replaced by their part in the story; exact times by a mark. */
    private String normalise(Twin twin, Day day, String text) {
        String out = text;
        for (String team : twinTeams) {
            out = out.replace(team, "TEAM");
        }
        for (int i = MEMBERS; i >= 1; i--) {
            out = out.replace(twin.members().get(i - 1), "member" + i);
        }
        out = out.replace(twin.leader(), "leader");
        out = out.replace(day.confidentialReceipt(), "<code>");
        out = RECEIPT.matcher(out).replaceAll("<receipt>");
        out = CODE.matcher(out).replaceAll("<other code>");
        out = ID.matcher(out).replaceAll("<id>");
        Matcher instants = INSTANT.matcher(out);
        StringBuilder marked = new StringBuilder();
        while (instants.find()) {
            instants.appendReplacement(marked, instants.group().endsWith("T00:00:00Z") ? "<day>" : "<time>");
        }
        instants.appendTail(marked);
        return PAGE_TIME.matcher(marked.toString()).replaceAll("<page time>").replaceAll("\\d{4}-\\d{2}-\\d{2} \\(day only\\)", "<day only>");
    }

    /**
     * The leader's notifications, normalised, in a fixed order: two told to the day only (the confidential
     * report, the answer) have the same time, and their order between them is the store's, not the story's.
     */
    private String notifications(Twin twin, Day day, Http.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        List<String> items = answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(n -> normalise(twin, day, n.toString())).sorted().toList();
        assertThat(items).as("the named report, the confidential one, the answer").hasSize(3);
        return String.join("\n", items);
    }

    private static final Pattern ROW = Pattern.compile("<tr[^>]*data-ri[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("<header[^>]*>(.*?)</header>", Pattern.DOTALL);

    /**
     * The mails the team's leader received (docs/adr/0030): a customer follow-up due for each of the two
     * reports, waited for, then subjects and both parts normalised (the unsubscribe token too) and sorted.
     */
    private String mails(Twin twin, Day day) {
        var smtp = dimple.web.mail.MailServerForTests.server().orElseThrow(() -> new AssertionError("no test SMTP server"));
        String to = twin.leader() + "@twins.test";
        long end = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        List<String> seen = new ArrayList<>();
        try {
            do {
                seen.clear();
                for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
                    if (!m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString().equals(to)) {
                        continue;
                    }
                    StringBuilder text = new StringBuilder(m.getSubject());
                    jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) m.getContent();
                    for (int i = 0; i < parts.getCount(); i++) {
                        text.append('\n').append(parts.getBodyPart(i).getContent());
                    }
                    seen.add(normalise(twin, day, text.toString().replaceAll("t=[A-Za-z0-9_.-]+", "t=<token>")));
                }
                if (seen.size() >= 2) {
                    break;
                }
                Thread.sleep(200);
            } while (System.nanoTime() < end);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(seen).as("a follow-up due for each report").hasSize(2);
        return String.join("\n---\n", seen.stream().sorted().toList());
    }

    /** The rows of the notifications page as text, normalised and sorted (see {@link #notifications}). */
    private String notificationRows(Twin twin, Day day, Http.Answer page) {
        assertThat(page.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page.body());
        while (row.find()) {
            rows.add(normalise(twin, day, TAG.matcher(row.group(1)).replaceAll(" ").replaceAll("\\s+", " ").strip()));
        }
        assertThat(rows).hasSize(3);
        return String.join("\n", rows.stream().sorted().toList());
    }

    /** The page's header as text (the unread count beside "Notifications"), normalised. */
    private String headerText(Twin twin, Day day, Http.Answer page) {
        assertThat(page.status()).isEqualTo(200);
        Matcher header = HEADER.matcher(page.body());
        assertThat(header.find()).isTrue();
        return normalise(twin, day, TAG.matcher(header.group(1)).replaceAll(" ").replaceAll("\\s+", " ").strip());
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL);

    /** The main part of a page as text a person reads, normalised. */
    private String pageText(Twin twin, Day day, Http.Answer page) {
        assertThat(page.status()).isEqualTo(200);
        Matcher main = MAIN.matcher(page.body());
        String html = main.find() ? main.group(1) : page.body();
        String text = TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
        return normalise(twin, day, text);
    }
}
