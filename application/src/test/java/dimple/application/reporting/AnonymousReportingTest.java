package dimple.application.reporting;

import static dimple.application.reporting.ReportingFixture.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.audit.AuditAction;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.TooManyAttempts;
import dimple.domain.reporting.ReceiptCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnonymousReportingTest {
    private final ReportingFixture world = new ReportingFixture();

    private ReportView emmaFilesAnonymously() {
        return world.as("emma").reporting.submit(world.report("Wrong room key", "Front Desk", "ANONYMOUS", customer("Booking 58213")));
    }

    @Test
    void filing_showsTheCodeOnce_andStoresNoAccountAndNoCode() {
        ReportView filed = emmaFilesAnonymously();

        assertThat(filed.receiptCode()).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(filed.reporter()).isNull();
        assertThat(filed.number()).as("no number from the count").matches("C-2026-\\w{4}-\\w{4}");
        var stored = world.reports.findById(filed.id()).orElseThrow();
        assertThat(stored.reporterAccountId()).isNull();
        assertThat(stored.receiptCodeHash()).isEqualTo(ReceiptCode.typed(filed.receiptCode()).orElseThrow().hash())
                .doesNotContain(filed.receiptCode().replace("-", ""));
        assertThat(world.as("emma").reporting.byReceipt(filed.receiptCode()).receiptCode()).as("shown once: never again").isNull();
    }

    @Test
    void anAnonymousReport_isInNobodysReports_andTheFilerCannotOpenItById() {
        ReportView filed = emmaFilesAnonymously();

        assertThat(world.as("emma").reporting.mine(0, 20).items()).isEmpty();
        assertThatThrownBy(() -> world.as("emma").reporting.find(filed.id())).isInstanceOf(RecordNotFound.class);
        assertThat(world.as("emma").reporting.filedAMomentAgo("Wrong room key")).isEmpty();
        ReportView leader = world.as("lena").reporting.find(filed.id());
        assertThat(leader.reporter()).isNull();
        assertThat(leader.reporterMode()).isEqualTo("ANONYMOUS");
        assertThat(leader.submittedAt()).as("the day only").isEqualTo(java.time.Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void theCode_opensTheReport_andAnswersTheLeadersQuestion_forWhoeverHoldsIt() {
        ReportView filed = emmaFilesAnonymously();
        world.as("lena").reporting.ask(new AskQuestion(filed.id(), "Which encoder was it?"));

        ReportView opened = world.as("eli").reporting.byReceipt(filed.receiptCode().toLowerCase().replace("-", " "));
        QuestionView answered = world.as("eli").reporting.answerByReceipt(filed.receiptCode(), opened.questions().get(0).id(), "The left one.");

        assertThat(opened.id()).isEqualTo(filed.id());
        assertThat(opened.yours()).isTrue();
        assertThat(opened.reporter()).isNull();
        assertThat(answered.answer()).isEqualTo("The left one.");
        assertThat(world.as("lena").reporting.find(filed.id()).questions().get(0).answer()).isEqualTo("The left one.");
    }

    @Test
    void whatTheAnonymousReporterDoes_isAuditedWithNoName_notEvenOfWhoTypedTheCode() {
        ReportView filed = emmaFilesAnonymously();
        world.as("lena").reporting.ask(new AskQuestion(filed.id(), "Which encoder was it?"));
        String question = world.as("lena").reporting.find(filed.id()).questions().get(0).id();
        world.as("emma").reporting.answerByReceipt(filed.receiptCode(), question, "The left one.");
        world.as("emma").reporting.withdrawByReceipt(filed.receiptCode());

        assertThat(world.audit.all()).as("readable at once: only the leader's own action").singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("lena");
            assertThat(e.action()).isEqualTo(AuditAction.REPORT_QUESTION_ASKED);
        });
        assertThat(world.waitingConfidentialActivity())
                .containsExactly(
                        "2026-11-23 | REPORT_SUBMITTED | " + filed.number() + " | kind=NEAR_MISS, impact=MINOR, mode=ANONYMOUS, affected customers=1",
                        "2026-11-23 | REPORT_QUESTION_ANSWERED | " + filed.number() + " | null",
                        "2026-11-23 | REPORT_WITHDRAWN | " + filed.number() + " | null")
                .noneMatch(line -> line.contains("emma") || line.contains("Emma") || line.contains("Front Desk"));
        assertThat(world.events.published).as("no event carries the filer")
                .allSatisfy(event -> assertThat(event.toString()).doesNotContain(world.accounts.findByUsername("emma").orElseThrow().id()));
    }

    @Test
    void aWrongCode_isNotFound_likeAnyOther_andAConfidentialReportsReceiptOpensNothing() {
        ReportView confidential = world.as("emma").reporting.submit(world.report("Wrong room key", "Front Desk", "CONFIDENTIAL"));

        assertThatThrownBy(() -> world.as("emma").reporting.byReceipt(ReceiptCode.issue().grouped())).isInstanceOf(RecordNotFound.class)
                .hasMessage(new RecordNotFound("report").getMessage());
        assertThatThrownBy(() -> world.as("emma").reporting.byReceipt(confidential.number())).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> world.as("emma").reporting.byReceipt(null)).as("no code is no guess").isInstanceOf(InvalidInput.class);
    }

    @Test
    void guessing_waitsAfterThreeWrongCodes_evenForTheRightOne_andTheWaitIsAuditedWithoutAnyCode() {
        ReportView filed = emmaFilesAnonymously();
        String[] guesses = {ReceiptCode.issue().grouped(), ReceiptCode.issue().grouped(), ReceiptCode.issue().grouped()};
        for (String guess : guesses) {
            assertThatThrownBy(() -> world.as("eli").reporting.byReceipt(guess)).isInstanceOf(RecordNotFound.class);
        }

        assertThatThrownBy(() -> world.as("eli").reporting.byReceipt(filed.receiptCode())).isInstanceOf(TooManyAttempts.class);
        assertThat(world.as("emma").reporting.byReceipt(filed.receiptCode()).id()).as("only the guesser waits").isEqualTo(filed.id());
        assertThat(world.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGN_IN_DELAYED);
            assertThat(e.target()).isEqualTo("eli");
            assertThat(e.toString()).doesNotContain(guesses[0].substring(0, 9), guesses[2].substring(0, 9), filed.number());
        });
        world.clock.advance(Duration.ofSeconds(2));
        assertThat(world.as("eli").reporting.byReceipt(filed.receiptCode()).id()).isEqualTo(filed.id());
    }
}
