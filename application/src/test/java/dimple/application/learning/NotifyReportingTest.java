package dimple.application.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.reporting.AnswerQuestion;
import dimple.application.reporting.AskQuestion;
import dimple.application.reporting.ReportView;
import dimple.application.review.ReviewFixture;
import dimple.application.shared.English;
import dimple.application.shared.RecordNotFound;
import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who is told in the app of a new report, a leader's question and the reporter's answer, and what they
 * read: the leaders of the team, the reporter, the leader who asked; never who filed a confidential report.
 */
class NotifyReportingTest {
    private static final Instant DAY = Instant.parse("2026-11-23T00:00:00Z");

    private final ReviewFixture world = new ReviewFixture();
    private final Account lars;

    NotifyReportingTest() {
        world.events.handle(new NotifyReportSubmitted(world.world.reports, world.world.accounts, world.notifications))
                .handle(new NotifyQuestionAsked(world.world.reports, world.notifications, world.mailbox))
                .handle(new NotifyQuestionAnswered(world.world.reports, world.notifications));
        lars = Account.open("lars", "Lars Leader", "hash", Set.of(Role.EMPLOYEE, Role.LEADER), dimple.application.reporting.ReportingFixture.NOW);
        lars.assignTeams(Set.of(world.world.frontDesk.id()), Set.of(world.world.frontDesk.id()));
        world.world.accounts.save(lars);
    }

    private List<Notification> toldTo(String username) {
        String id = world.idOf(username);
        return world.notifications.all.stream().filter(n -> n.isFor(id)).toList();
    }

    private ReportView file(String reporter, String title, String mode) {
        return world.world.as(reporter).reporting.submit(world.world.report(title, "Front Desk", mode));
    }

    @Test
    void aNewReport_tellsEveryLeaderOfItsTeam_itsNumberAndTitle_butNotItsNamedReporter_norOtherTeams() {
        ReportView byEmma = file("emma", "Key card for the wrong room", "NAMED");

        assertThat(toldTo("lena")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REPORT_SUBMITTED);
            assertThat(n.facts()).containsExactly(byEmma.number(), "Key card for the wrong room", "NAMED");
            assertThat(n.link()).isEqualTo("report/view.xhtml?id=" + byEmma.id());
            assertThat(English.of(n.message())).isEqualTo("A new report was filed in a team you lead: " + byEmma.number()
                    + " (\u201CKey card for the wrong room\u201D).");
        });
        assertThat(toldTo("lars")).hasSize(1);
        assertThat(toldTo("emma")).as("the reporter").isEmpty();
        assertThat(toldTo("leo")).as("another team's leader").isEmpty();

        file("lena", "Lena's own named report", "NAMED");

        assertThat(toldTo("lena")).as("a leader is not told of the report they filed by name").hasSize(1);
        assertThat(toldTo("lars")).hasSize(2);
    }

    @Test
    void aConfidentialReport_tellsEveryLeaderTheSame_whoeverFiledIt_toTheDayOnly() {
        ReportView byEmma = file("emma", "Same title", "CONFIDENTIAL");
        ReportView byLena = file("lena", "Same title", "CONFIDENTIAL");

        for (String leader : List.of("lena", "lars")) {
            List<Notification> told = toldTo(leader);
            assertThat(told).as("every leader, the one who filed it too: nobody is told who by who was left out").hasSize(2);
            assertThat(told).allSatisfy(n -> {
                assertThat(n.createdAt()).isEqualTo(DAY);
                assertThat(n.dayOnly()).isTrue();
                assertThat(English.of(n.message())).startsWith("A new confidential report").doesNotContain("Emma").doesNotContain("Lena");
            });
            assertThat(told.get(0).facts()).containsExactly(byEmma.number(), "Same title", "CONFIDENTIAL");
            assertThat(told.get(1).facts()).containsExactly(byLena.number(), "Same title", "CONFIDENTIAL");
        }
        assertThat(world.events.messages).filteredOn(m -> m.handler().equals("learning.notify-report-submitted"))
                .allSatisfy(m -> assertThat(m.event().toString()).doesNotContain(world.idOf("emma")).doesNotContain(world.idOf("lena")));
    }

    @Test
    void aQuestion_tellsTheReporter_whereToAnswer_andTheAnswer_tellsTheLeaderWhoAsked() {
        ReportView report = file("emma", "Key card for the wrong room", "NAMED");
        world.notifications.all.clear();

        var question = world.world.as("lena").reporting.ask(new AskQuestion(report.id(), "Which card did the guest get?"));

        assertThat(toldTo("emma")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.QUESTION_ASKED);
            assertThat(n.facts()).containsExactly(report.number(), "Key card for the wrong room");
            assertThat(n.link()).isEqualTo("report/view.xhtml?id=" + report.id() + "#questions");
        });
        assertThat(toldTo("lena")).as("the leader who asked").isEmpty();

        world.world.clock.advance(java.time.Duration.ofMinutes(5));
        world.world.as("emma").reporting.answer(new AnswerQuestion(report.id(), question.id(), "The one for 214."));

        assertThat(toldTo("lena")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.QUESTION_ANSWERED);
            assertThat(English.of(n.message())).isEqualTo("The reporter answered your question about report " + report.number()
                    + " (\u201CKey card for the wrong room\u201D).");
            assertThat(n.link()).isEqualTo("report/view.xhtml?id=" + report.id() + "#questions");
            assertThat(n.dayOnly()).isFalse();
        });
        assertThat(toldTo("lars")).as("only the leader who asked").isEmpty();
    }

    @Test
    void aConfidentialReportersAnswer_tellsTheLeader_neitherWhoNorWhenBeyondTheDay() {
        ReportView report = file("emma", "Key card for the wrong room", "CONFIDENTIAL");
        var question = world.world.as("lena").reporting.ask(new AskQuestion(report.id(), "Which card?"));
        world.notifications.all.clear();

        world.world.as("emma").reporting.answer(new AnswerQuestion(report.id(), question.id(), "214."));

        assertThat(toldTo("lena")).singleElement().satisfies(n -> {
            assertThat(n.createdAt()).isEqualTo(DAY);
            assertThat(n.dayOnly()).isTrue();
            assertThat(English.of(n.message())).doesNotContain("Emma").doesNotContain("emma");
        });
        assertThat(world.events.messages).filteredOn(m -> m.handler().startsWith("learning.notify-question"))
                .hasSize(2).allSatisfy(m -> assertThat(m.event().toString() + m.event().aggregate()).doesNotContain(world.idOf("emma")));
    }

    @Test
    void aQuestion_isMailedToTheReporterAlone_withTheReceiptNumberOnly_whetherNamedOrConfidential() {
        for (String mode : List.of("NAMED", "CONFIDENTIAL")) {
            ReportView report = file("emma", "Key card for the wrong room", mode);
            world.mailbox.queued.clear();

            world.world.as("lena").reporting.ask(new AskQuestion(report.id(), "Which card did the guest get?"));

            assertThat(world.mailbox.queued).as(mode).singleElement().satisfies(mail -> {
                assertThat(mail.accountId()).isEqualTo(world.idOf("emma"));
                assertThat(mail.kind()).isEqualTo(dimple.application.shared.MailKind.QUESTION_ASKED);
                assertThat(mail.facts()).as("no title, no question").containsExactly(report.number());
                assertThat(mail.link()).isEqualTo("report/view.xhtml?id=" + report.id() + "#questions");
            });
        }
    }

    @Test
    void openingANotification_marksItRead_andSomebodyElsesDoesNotExist() {
        file("emma", "Key card for the wrong room", "NAMED");
        Notification lenas = toldTo("lena").get(0);

        assertThatThrownBy(() -> world.as("lars").inbox.open(lenas.id())).isInstanceOf(RecordNotFound.class);
        assertThat(lenas.isRead()).isFalse();

        NotificationView opened = world.as("lena").inbox.open(lenas.id());

        assertThat(opened.unread()).isFalse();
        assertThat(opened.link()).isEqualTo(lenas.link());
        assertThat(world.as("lena").inbox.unread()).isZero();
        assertThat(world.as("lars").inbox.unread()).isEqualTo(1);
    }
}
