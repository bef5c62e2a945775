package dimple.application.reporting;

import static dimple.application.reporting.ReportingFixture.NOW;
import static dimple.application.reporting.ReportingFixture.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.audit.AuditAction;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.English;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.PageView;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.StaleRecord;
import dimple.domain.reporting.ReportCannotBeWithdrawn;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingServiceTest {
    private final ReportingFixture world = new ReportingFixture();

    private ReportView emmaFiles(String mode, SubmitReport.AffectedCustomer... customers) {
        return world.as("emma").reporting.submit(world.report("Wrong room key", "Front Desk", mode, customers));
    }

    @Test
    void submit_givesAReceipt_andOpensOneRecoveryPerAffectedCustomer_due48HoursLater() {
        ReportView first = emmaFiles("NAMED", customer("Booking 58213"), customer("Booking 58214"));
        ReportView second = emmaFiles("CONFIDENTIAL");

        ReportView third = emmaFiles("NAMED");

        assertThat(first.number()).isEqualTo("R-2026-000001");
        assertThat(second.number()).as("a confidential report takes no number from the count").matches("C-2026-\\w{4}-\\w{4}");
        assertThat(third.number()).isEqualTo("R-2026-000002");
        assertThat(first.submittedAt()).isEqualTo(NOW);
        assertThat(first.status()).isEqualTo("SUBMITTED");
        assertThat(first.team()).isEqualTo("Front Desk");
        assertThat(first.recoveries()).extracting(r -> r.customerRef()).containsExactly("Booking 58213", "Booking 58214");
        assertThat(first.recoveries()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("OPEN");
            assertThat(r.followUpDue()).isEqualTo(NOW.plus(Duration.ofHours(48)));
            assertThat(r.proactive()).isTrue();
        });
    }

    @Test
    void aReportFiledAMomentAgo_withTheSameTitle_isNamedByItsReceipt_toTheSamePersonOnly() {
        ReportView filed = emmaFiles("NAMED");

        assertThat(world.as("emma").reporting.filedAMomentAgo(" wrong room KEY")).contains(filed.number());
        assertThat(world.as("emma").reporting.filedAMomentAgo("Another title")).isEmpty();
        assertThat(world.as("lena").reporting.filedAMomentAgo("Wrong room key")).as("someone else's report is never named").isEmpty();
        world.clock.advance(ReportingService.SENT_AGAIN_WITHIN.plusSeconds(1));
        assertThat(world.as("emma").reporting.filedAMomentAgo("Wrong room key")).as("later, it is a new event").isEmpty();
    }

    @Test
    void submit_collectsEveryProblem_withTheFieldsNamed() {
        SubmitReport bad = new SubmitReport("x".repeat(201), " ", NOW.plusSeconds(3600), "Online Orders", "OOPS", "HUGE", "SECRET",
                new SubmitReport.BentRuleInput(null, "because", null), List.of(new SubmitReport.AffectedCustomer(" ", null, null, null, null)));

        assertThatThrownBy(() -> world.as("emma").reporting.submit(bad))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).contains(
                        "title", "narrative", "occurredAt", "team", "kind", "customerImpact", "reporterMode", "bentRule.rule",
                        "affectedCustomers[0].customerRef"));
    }

    @Test
    void submit_forATeamTheReporterDoesNotBelongTo_isRefused_andNothingIsStored() {
        assertThatThrownBy(() -> world.as("emma").reporting.submit(world.report("Wrong team", "Online Orders", "NAMED", customer("Order 1"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("team"))
                        .satisfies(p -> assertThat(English.of(p.message())).contains("Front Desk")));

        assertThat(world.reports.all()).isEmpty();
        assertThat(world.recoveries.all()).isEmpty();
        assertThat(world.receipts.used()).as("no receipt number was used up").isZero();
    }

    @Test
    void submit_withOneBadAffectedCustomer_storesNeitherTheReportNorTheOtherCustomers() {
        SubmitReport command = world.report("Half a report", "Front Desk", "NAMED", customer("Booking 1"), customer("x".repeat(101)));

        assertThatThrownBy(() -> world.as("emma").reporting.submit(command)).isInstanceOf(InvalidInput.class);

        assertThat(world.reports.all()).isEmpty();
        assertThat(world.recoveries.all()).isEmpty();
    }

    @Test
    void submit_keepsMarkupAndAnyUnicode_asText() {
        String title = "<script>alert('x')</script> 😀 Ünïcödé ‮";
        ReportView view = world.as("emma").reporting.submit(world.report(title, "Front Desk", "NAMED"));

        assertThat(world.as("emma").reporting.find(view.id()).title()).isEqualTo(title.strip());
    }

    @Test
    void theReporter_andLeadersOfTheTeam_seeTheReport() {
        ReportView filed = emmaFiles("NAMED");

        assertThat(world.as("emma").reporting.find(filed.id()).title()).isEqualTo("Wrong room key");
        assertThat(world.as("lena").reporting.find(filed.id()).title()).isEqualTo("Wrong room key");
    }

    @ParameterizedTest(name = "{0} gets 404")
    @ValueSource(strings = {"leo", "eli", "hana", "admin"})
    void anyoneElse_isToldTheReportDoesNotExist(String who) {
        ReportView filed = emmaFiles("CONFIDENTIAL");

        assertThatThrownBy(() -> world.as(who).reporting.find(filed.id())).isInstanceOf(RecordNotFound.class)
                .satisfies(English.says("No such report."));
    }

    @Test
    void anUnknownOrMalformedId_looksLikeAHiddenOne() {
        assertThatThrownBy(() -> world.as("lena").reporting.find("not-an-id")).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> world.as("lena").reporting.find("00000000-0000-0000-0000-000000000000")).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void aNamedReport_showsTheLeaderWhoFiledIt() {
        ReportView filed = emmaFiles("NAMED");

        ReportView seenByLena = world.as("lena").reporting.find(filed.id());

        assertThat(seenByLena.reporter()).isEqualTo("emma");
        assertThat(seenByLena.reporterName()).isEqualTo("Emma Employee");
        assertThat(world.as("lena").reporting.inbox(InboxFilter.everything(), 0, 20).items())
                .singleElement().satisfies(s -> assertThat(s.reporter()).isEqualTo("emma"));
    }

    @Test
    void aConfidentialReport_namesTheReporterToTheReporterOnly() {
        ReportView filed = emmaFiles("CONFIDENTIAL", customer("Booking 58213"));
        world.as("lena").reporting.ask(new AskQuestion(filed.id(), "Which encoder was it?"));
        world.as("emma").reporting.answer(new AnswerQuestion(filed.id(), world.as("emma").reporting.find(filed.id()).questions().get(0).id(), "The left one."));

        ReportView own = world.as("emma").reporting.find(filed.id());
        assertThat(own.reporter()).isEqualTo("emma");
        assertThat(own.yours()).isTrue();
        assertThat(world.as("emma").reporting.mine(0, 20).items()).singleElement().satisfies(s -> assertThat(s.reporter()).isEqualTo("emma"));

        ReportView leader = world.as("lena").reporting.find(filed.id());
        PageView<ReportSummary> inbox = world.as("lena").reporting.inbox(InboxFilter.everything(), 0, 20);
        assertThat(leader.reporter()).isNull();
        assertThat(leader.reporterName()).isNull();
        assertThat(leader.yours()).isFalse();
        assertThat(leader.toString()).doesNotContain("emma", "Emma Employee");
        assertThat(inbox.toString()).doesNotContain("emma", "Emma Employee");
        assertThat(world.as("lena").recovery.due("all", null, 0, 20).toString()).doesNotContain("emma", "Emma Employee");
    }

    @Test
    void whatAConfidentialReporterDoes_isAuditedWithoutTheirName() {
        ReportView filed = emmaFiles("CONFIDENTIAL", customer("Booking 58213"));
        world.as("lena").reporting.ask(new AskQuestion(filed.id(), "Which encoder was it?"));
        String questionId = world.as("emma").reporting.find(filed.id()).questions().get(0).id();
        world.as("emma").reporting.answer(new AnswerQuestion(filed.id(), questionId, "The left one."));
        world.as("emma").recovery.record(new dimple.application.recovery.RecordRecoveryStep(filed.recoveries().get(0).id(), "CONTACTED",
                null, "PHONE", "Front desk", null, null, null, null, null, null));
        world.as("emma").reporting.withdraw(new WithdrawReport(filed.id(), null));

        assertThat(world.audit.all()).as("readable at once: only the leader's own action").singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("lena");
            assertThat(e.action()).isEqualTo(AuditAction.REPORT_QUESTION_ASKED);
        });
        assertThat(world.waitingConfidentialActivity()).as("the reporter's actions wait for the day to end, with the day only")
                .containsExactly(
                        "2026-11-23 | REPORT_SUBMITTED | " + filed.number() + " | kind=NEAR_MISS, impact=MINOR, mode=CONFIDENTIAL, affected customers=1",
                        "2026-11-23 | REPORT_QUESTION_ANSWERED | " + filed.number() + " | null",
                        "2026-11-23 | RECOVERY_STEP_RECORDED | " + filed.number() + " | step=CONTACTED, status=CONTACTED",
                        "2026-11-23 | REPORT_WITHDRAWN | " + filed.number() + " | null")
                .noneMatch(line -> line.contains("emma") || line.contains("Emma") || line.contains("Front Desk"));
    }

    @Test
    void aConfidentialReport_showsLeadersOnlyTheDayOfWhatItsReporterDid() {
        ReportView filed = emmaFiles("CONFIDENTIAL", customer("Booking 58213"));
        world.clock.advance(Duration.ofMinutes(3));
        world.as("lena").reporting.ask(new AskQuestion(filed.id(), "Which encoder was it?"));
        world.clock.advance(Duration.ofMinutes(3));
        String questionId = world.as("emma").reporting.find(filed.id()).questions().get(0).id();
        world.as("emma").reporting.answer(new AnswerQuestion(filed.id(), questionId, "The left one."));
        world.as("emma").recovery.record(new dimple.application.recovery.RecordRecoveryStep(filed.recoveries().get(0).id(), "CONTACTED",
                null, "PHONE", "Front desk", null, null, null, null, null, null));

        ReportView seen = world.as("lena").reporting.find(filed.id());

        java.time.Instant day = java.time.Instant.parse("2026-11-23T00:00:00Z");
        assertThat(seen.submittedAt()).isEqualTo(day);
        assertThat(seen.questions().get(0).answeredAt()).isEqualTo(day);
        assertThat(seen.questions().get(0).askedAt()).as("the leader's own question keeps its time").isEqualTo(NOW.plus(Duration.ofMinutes(3)));
        assertThat(seen.recoveries().get(0).followUpDue()).isEqualTo(day.plus(Duration.ofHours(48)));
        assertThat(seen.recoveries().get(0).steps()).singleElement().satisfies(step -> assertThat(step.at()).isEqualTo(day));
        assertThat(seen.recoveries().get(0).apology().at()).isEqualTo(day);
    }

    @Test
    void aConfidentialReport_fromASmallTeam_isFiled_withAWarning_andANamedOneIsNot() {
        ReportView confidential = emmaFiles("CONFIDENTIAL");
        ReportView named = emmaFiles("NAMED");

        assertThat(confidential.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(WarningView.SMALL_TEAM);
            assertThat(English.of(w.message())).contains("fewer than 5 people");
        });
        assertThat(named.warnings()).isEmpty();
        assertThat(world.as("emma").reporting.confidentialityWarnings("Front Desk")).hasSize(1);
        assertThat(world.as("emma").reporting.confidentialityWarnings("Online Orders")).as("not a team of hers").isEmpty();
    }

    @Test
    void whatANamedReporterDoes_isAuditedUnderTheirName() {
        ReportView filed = emmaFiles("NAMED");

        assertThat(world.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("emma");
            assertThat(e.action()).isEqualTo(AuditAction.REPORT_SUBMITTED);
            assertThat(e.target()).isEqualTo(filed.number());
        });
    }

    @Test
    void leadersAsk_theReporterAnswers_andTheThreadNamesOnlyTheLeader() {
        ReportView filed = emmaFiles("CONFIDENTIAL");

        QuestionView asked = world.as("lena").reporting.ask(new AskQuestion(filed.id(), "Which encoder was it?"));
        assertThat(world.as("emma").reporting.counts().questionsWaiting()).isEqualTo(1);
        QuestionView answered = world.as("emma").reporting.answer(new AnswerQuestion(filed.id(), asked.id(), "The left one."));

        assertThat(answered.askedBy()).isEqualTo("lena");
        assertThat(answered.answer()).isEqualTo("The left one.");
        assertThat(world.as("emma").reporting.counts().questionsWaiting()).isZero();
        assertThat(world.as("lena").reporting.find(filed.id()).questions()).singleElement()
                .satisfies(q -> assertThat(q.toString()).doesNotContain("emma", "Emma"));
    }

    @Test
    void aLeaderOfAnotherTeam_cannotAsk_andALeaderCannotAnswerForTheReporter() {
        ReportView filed = emmaFiles("NAMED");
        QuestionView asked = world.as("lena").reporting.ask(new AskQuestion(filed.id(), "Which desk?"));

        assertThatThrownBy(() -> world.as("leo").reporting.ask(new AskQuestion(filed.id(), "Hello?"))).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> world.as("lena").reporting.answer(new AnswerQuestion(filed.id(), asked.id(), "Left")))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> world.as("emma").reporting.answer(new AnswerQuestion(filed.id(), "nope", "Left")))
                .isInstanceOf(RecordNotFound.class);
    }

    @Test
    void theReporterWithdraws_beforeTriage_butNotTwice_andNotALeader() {
        ReportView filed = emmaFiles("NAMED");

        assertThatThrownBy(() -> world.as("lena").reporting.withdraw(new WithdrawReport(filed.id(), null))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> world.as("leo").reporting.withdraw(new WithdrawReport(filed.id(), null))).isInstanceOf(RecordNotFound.class);
        assertThat(world.as("emma").reporting.withdraw(new WithdrawReport(filed.id(), null)).status()).isEqualTo("WITHDRAWN");
        assertThatThrownBy(() -> world.as("emma").reporting.withdraw(new WithdrawReport(filed.id(), null)))
                .isInstanceOf(ReportCannotBeWithdrawn.class);
    }

    @Test
    void withdraw_withAStaleVersion_isRefused() {
        ReportView filed = emmaFiles("NAMED");
        world.as("lena").reporting.ask(new AskQuestion(filed.id(), "Which desk?"));

        assertThatThrownBy(() -> world.as("emma").reporting.withdraw(new WithdrawReport(filed.id(), filed.version() - 1)))
                .isInstanceOf(StaleRecord.class);
    }

    @Test
    void theInbox_showsTheLeadersTeamsOnly_newestFirst_filtered() {
        emmaFiles("NAMED");
        world.clock.advance(Duration.ofMinutes(5));
        ReportView newer = world.as("emma").reporting.submit(new SubmitReport("Good catch", "Spotted it", NOW, "Front Desk", "GOOD_CATCH",
                "NONE", "CONFIDENTIAL", null, null));
        world.as("eli").reporting.submit(world.report("Parcel", "Online Orders", "NAMED"));

        world.clock.advance(Duration.ofMinutes(5));
        world.as("emma").reporting.submit(world.report("Wrong key again", "Front Desk", "NAMED"));

        assertThat(world.as("lena").reporting.inbox(InboxFilter.everything(), 0, 20).items()).as("a confidential report sorts by its day only")
                .extracting(ReportSummary::title).containsExactly("Wrong key again", "Wrong room key", "Good catch");
        assertThat(world.as("lena").reporting.inbox(new InboxFilter(null, null, "GOOD_CATCH", null, null, null), 0, 20).items())
                .extracting(ReportSummary::id).containsExactly(newer.id());
        assertThat(world.as("lena").reporting.inbox(new InboxFilter("Front Desk", "SUBMITTED", null, "MINOR",
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)), 0, 20).total()).isEqualTo(2);
        assertThat(world.as("lena").reporting.inbox(InboxFilter.everything(), 0, 1).total()).isEqualTo(3);
        assertThatThrownBy(() -> world.as("lena").reporting.inbox(new InboxFilter("Online Orders", null, null, null, null, null), 0, 20))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("team"));
        assertThatThrownBy(() -> world.as("lena").reporting.inbox(new InboxFilter(null, "LOST", null, null, null, null), 0, 20))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void inbox_byWords_keepsTheReportsWithEveryWordInTheTitleOrStory_ofTheLeadersTeamsOnly() {
        world.as("emma").reporting.submit(world.report("Wrong room key", "Front Desk", "NAMED"));
        world.as("emma").reporting.submit(new SubmitReport("Late breakfast", "The kitchen opened late.", NOW, "Front Desk", "NO_HARM",
                "NONE", "NAMED", null, null));
        world.as("eli").reporting.submit(world.report("Wrong parcel", "Online Orders", "NAMED"));

        assertThat(world.as("lena").reporting.inbox(new InboxFilter(null, null, null, null, null, null, "wrong"), 0, 20).items())
                .as("another team's report stays out").extracting(ReportSummary::title).containsExactly("Wrong room key");
        assertThat(world.as("lena").reporting.inbox(new InboxFilter(null, null, null, null, null, null, "  KITCHEN   late "), 0, 20).items())
                .extracting(ReportSummary::title).containsExactly("Late breakfast");
        assertThat(world.as("lena").reporting.inbox(new InboxFilter(null, null, null, null, null, null, "kitchen key"), 0, 20).total())
                .as("every word must be found").isZero();
        assertThatThrownBy(() -> world.as("lena").reporting.inbox(new InboxFilter(null, null, null, null, null, null, "x".repeat(201)), 0, 20))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("q"));
    }

    @Test
    void hints_nameTheBlamingWords_andComeWithTheReport() {
        assertThat(world.as("emma").reporting.hints("He was careless and obviously tired.")).extracting(HintView::phrase)
                .containsExactly("careless", "obviously");
        ReportView filed = world.as("emma").reporting.submit(new SubmitReport("Late refund", "I failed to send it.", NOW, "Front Desk",
                "CUSTOMER_HARMED", "MINOR", "NAMED", null, null));
        assertThat(filed.hints()).extracting(HintView::phrase).containsExactly("failed to");
    }

    @Test
    void theDashboard_countsReportsWaitingForTriage_forLeaders() {
        emmaFiles("CONFIDENTIAL");
        emmaFiles("NAMED");

        assertThat(world.as("lena").reporting.counts().awaitingTriage()).isEqualTo(2);
        assertThat(world.as("leo").reporting.counts().awaitingTriage()).isZero();
        assertThat(world.as("hana").reporting.counts()).isEqualTo(new ReportingCounts(0, 0));
    }
}
