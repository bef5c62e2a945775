package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * People are told in the app what needs them, in a real (headless) Chromium: a new report tells the team's
 * leaders, a question tells the reporter (badge, notification, opened and read, answered), the answer tells
 * the leader who asked; a shared coaching record tells the employee, and their decline tells the coach.
 * Each run has a team of its own, so the counts are its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsBrowserIT {
    private static final String PASSWORD = "a long enough passphrase";

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private record Team(String name, String leader, String coLeader, String employee) {
    }

    private Team team() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String name = "Told " + suffix;
        Http api = Http.api(base);
        assertThat(api.post("api/admin/teams", "admin", "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
        Team team = new Team(name, "tlead" + suffix, "tcolead" + suffix, "temp" + suffix);
        person(team.leader(), "Tessa Leader", "[\"EMPLOYEE\",\"LEADER\"]", name, "[\"" + name + "\"]");
        person(team.coLeader(), "Theo Leader", "[\"EMPLOYEE\",\"LEADER\"]", name, "[\"" + name + "\"]");
        person(team.employee(), "Tom Employee", "[\"EMPLOYEE\"]", name, "[]");
        return team;
    }

    private void person(String username, String displayName, String roles, String team, String leads) {
        Http.Answer created = Http.api(base).post("api/admin/users", "admin", """
                {"username":"%s","displayName":"%s","password":"%s","roles":%s,"teams":["%s"],"leads":%s}"""
                .formatted(username, displayName, PASSWORD, roles, team, leads));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private JsonObject file(String username, String team, String title, String mode) {
        String body = Json.createObjectBuilder().add("title", title).add("narrative", "The key card opened 214 instead of 241.")
                .add("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()).add("team", team)
                .add("kind", "NEAR_MISS").add("customerImpact", "MINOR").add("reporterMode", mode).build().toString();
        Http.Answer filed = Http.api(base).post("api/reports", username + ":" + PASSWORD, body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json();
    }

    private List<JsonObject> inboxOf(String username) {
        return Http.api(base).get("api/inbox?size=100", username + ":" + PASSWORD).json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String unreadInHeader(Browser browser) {
        List<org.openqa.selenium.WebElement> count = browser.driver().findElements(By.cssSelector("#notificationsLink .nav-count span[aria-hidden]"));
        return count.isEmpty() ? "" : count.get(0).getText();
    }


    @Test
    void aQuestion_reachesTheReporter_whoOpensAndAnswersIt_andTheLeaderIsTold() {
        Team t = team();
        String title = "Key card for the wrong room " + t.leader().substring(5);
        JsonObject report = file(t.employee(), t.name(), title, "NAMED");
        String number = report.getString("number");

        try (Browser leader = Browser.open(base)) {
            leader.signIn(t.leader(), PASSWORD);
            assertThat(unreadInHeader(leader)).as("the new report in the team").isEqualTo("1");
            assertThat(leader.driver().findElement(By.id("unread")).getText()).isEqualTo("1 new");
            leader.click(By.id("notificationsLink"));
            assertThat(leader.heading()).isEqualTo("Notifications");
            assertThat(leader.text()).contains("A new report was filed in a team you lead: " + number + " (\u201C" + title + "\u201D).");
            leader.click(By.cssSelector(".open-notification"));
            leader.waiting().until(ExpectedConditions.urlContains("report/view.xhtml"));
            assertThat(unreadInHeader(leader)).as("opened, so read").isEmpty();

            leader.type("askForm:text", "Which card did the guest get first?");
            leader.click(By.id("askForm:ask"));
            leader.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions"), "Which card did the guest get first?"));
        }

        try (Browser employee = Browser.open(base)) {
            employee.signIn(t.employee(), PASSWORD);
            employee.go("index.xhtml");
            assertThat(unreadInHeader(employee)).isEqualTo("1");
            assertThat(employee.driver().findElement(By.id("questionsWaiting")).getText()).isEqualTo("1 question waiting for your answer");
            employee.screenshotsAtBothWidths("notifications-dashboard-badge");
            employee.click(By.id("notificationsLink"));
            assertThat(employee.text()).contains("A leader asked you a question about your report " + number);
            assertThat(employee.driver().findElement(By.cssSelector(".notification-list tr.unread .notification-text")).getText())
                    .as("the message first").contains("A leader asked you a question");
            assertThat(employee.driver().findElement(By.cssSelector(".notification-list tr.unread .notification-meta small")).getText())
                    .as("then the time, small").endsWith("UTC");
            employee.screenshotsAtBothWidths("notifications-page");
            employee.click(By.cssSelector(".open-notification"));
            employee.waiting().until(ExpectedConditions.urlContains("report/view.xhtml"));
            assertThat(employee.url()).endsWith("#questions");
            assertThat(unreadInHeader(employee)).as("opened, so read").isEmpty();
            assertThat(inboxOf(t.employee())).singleElement().satisfies(n -> assertThat(n.isNull("readAt")).isFalse());

            employee.type(employee.driver().findElement(By.cssSelector("textarea[id$='answer']")).getAttribute("id"), "The one for 214.");
            employee.click(By.cssSelector("button[id$='sendAnswer']"));
            employee.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions"), "The one for 214."));
        }

        assertThat(inboxOf(t.leader())).extracting(n -> n.getString("text")).first()
                .isEqualTo("The reporter answered your question about report " + number + " (\u201C" + title + "\u201D).");
        assertThat(inboxOf(t.coLeader())).as("the co-leader: the new report only").extracting(n -> n.getString("kind"))
                .containsExactly("REPORT_SUBMITTED");
        assertThat(inboxOf(t.employee())).as("the reporter: only the question").extracting(n -> n.getString("kind"))
                .containsExactly("QUESTION_ASKED");
    }

    @Test
    void aSharedCoachingRecord_reachesTheEmployee_andTheirDecline_reachesTheCoach() {
        Team t = team();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String topic = "Handover book " + t.leader().substring(5);
        String body = Json.createObjectBuilder().add("employee", t.employee()).add("heldAt", today.toString()).add("topic", topic)
                .add("expectation", "The handover book is read at the start of a shift.").add("observations", "The note about 241 was missed.")
                .add("agreedActions", "Read the book first.").add("followUpDate", today.plusDays(14).toString()).build().toString();
        Http api = Http.api(base);
        Http.Answer drafted = api.post("api/coaching-records", t.leader() + ":" + PASSWORD, body);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().getString("id");
        assertThat(inboxOf(t.employee())).as("a draft is the coach's own note").isEmpty();
        assertThat(api.post("api/coaching-records/" + id + "/share", t.leader() + ":" + PASSWORD, "").status()).isEqualTo(200);

        try (Browser employee = Browser.open(base)) {
            employee.signIn(t.employee(), PASSWORD);
            employee.go("index.xhtml");
            assertThat(employee.driver().findElement(By.id("recordsAwaiting")).getText()).isEqualTo("1 record waiting for your acknowledgement");
            assertThat(unreadInHeader(employee)).isEqualTo("1");
            employee.click(By.id("notificationsLink"));
            assertThat(employee.text()).contains("A coaching record was shared with you for acknowledgement.").doesNotContain(topic);
            employee.click(By.cssSelector(".open-notification"));
            assertThat(employee.heading()).isEqualTo(topic);
            employee.type("respondForm:comment", "The book was not at the desk that morning.");
            employee.click(By.id("respondForm:decline"));
            employee.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "Declined"));
            employee.go("index.xhtml");
            assertThat(employee.driver().findElements(By.id("recordsAwaiting"))).isEmpty();
        }

        assertThat(inboxOf(t.leader())).singleElement().satisfies(n -> {
            assertThat(n.getString("kind")).isEqualTo("COACHING_RECORD_DECLINED");
            assertThat(n.getString("text")).isEqualTo("A coaching record you wrote was declined, with a comment.");
            assertThat(n.getString("link")).isEqualTo("coaching/record.xhtml?id=" + id);
        });
        assertThat(inboxOf(t.coLeader())).as("another leader of the team: the lane is the coach's").isEmpty();
    }

    @Test
    void openingThePageANotificationLeadsTo_anyWay_marksItRead_andTheApiMarksOneRead() {
        Team t = team();
        JsonObject filed = file(t.employee(), t.name(), "Wrong room key " + t.leader().substring(5), "NAMED");

        try (Browser leader = Browser.open(base)) {
            leader.signIn(t.leader(), PASSWORD);
            leader.go("index.xhtml");
            assertThat(unreadInHeader(leader)).isEqualTo("1");
            leader.go("report/view.xhtml?id=" + filed.getString("id"));
            assertThat(leader.heading()).startsWith("Wrong room key");
            assertThat(unreadInHeader(leader)).as("the report was opened straight from its address, not from the notification").isEmpty();
        }
        assertThat(inboxOf(t.leader())).singleElement().satisfies(n -> assertThat(n.isNull("readAt")).isFalse());

        String coLeaders = inboxOf(t.coLeader()).get(0).getString("id");
        Http api = Http.api(base);
        assertThat(api.post("api/inbox/" + coLeaders + "/read", t.leader() + ":" + PASSWORD, "").status())
                .as("another person's notification does not exist for the caller").isEqualTo(404);
        assertThat(api.post("api/inbox/not-an-id/read", t.coLeader() + ":" + PASSWORD, "").status()).isEqualTo(404);
        Http.Answer read = api.post("api/inbox/" + coLeaders + "/read", t.coLeader() + ":" + PASSWORD, "");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getString("kind")).isEqualTo("REPORT_SUBMITTED");
        assertThat(inboxOf(t.coLeader())).singleElement().satisfies(n -> assertThat(n.isNull("readAt")).isFalse());
    }

    @Test
    void aConfidentialReport_tellsTheLeadersTheSame_whicheverMemberFiledIt() {
        Team t = team();
        JsonObject byEmployee = file(t.employee(), t.name(), "Till left open", "CONFIDENTIAL");
        JsonObject byCoLeader = file(t.coLeader(), t.name(), "Till left open", "CONFIDENTIAL");

        for (String leader : List.of(t.leader(), t.coLeader())) {
            List<String> told = inboxOf(leader).stream().map(n -> n.getString("kind") + " | " + n.getString("text")
                            .replace(byEmployee.getString("number"), "<number>").replace(byCoLeader.getString("number"), "<number>")
                            + " | " + n.getString("createdAt")).toList();
            assertThat(told).as(leader + ": every leader is told, the one who filed too, to the day, in the same words").hasSize(2)
                    .allSatisfy(line -> assertThat(line).isEqualTo("REPORT_SUBMITTED | A new confidential report was filed in a team you lead: "
                            + "<number> (\u201CTill left open\u201D). | " + LocalDate.now(ZoneOffset.UTC) + "T00:00:00Z"));
        }
    }
}
