package dimple.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MistakeReportTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final String EMMA = "account-emma";
    private static final String LENA = "account-lena";

    private static MistakeReport report(ReporterMode mode) {
        return MistakeReport.submit("R-2026-000042", NOW, new MistakeReport.Reporter(EMMA, "team-front-desk", mode),
                "  Wrong room key  ", "The key card opened room 214 instead of 241.", NOW.minus(Duration.ofHours(2)),
                ReportKind.NO_HARM, CustomerImpact.MINOR, null);
    }

    @Test
    void submit_startsSubmitted_withReceiptAndTrimmedTitle() {
        MistakeReport report = report(ReporterMode.NAMED);

        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.number()).isEqualTo("R-2026-000042");
        assertThat(report.submittedAt()).isEqualTo(NOW);
        assertThat(report.title()).isEqualTo("Wrong room key");
        assertThat(report.isReportedBy(EMMA)).isTrue();
        assertThat(report.questions()).isEmpty();
        assertThat(report.bentRule()).isEmpty();
    }

    @Test
    void submit_whenItHappensLaterThanNow_isRefused() {
        assertThatThrownBy(() -> MistakeReport.submit("R-2026-000001", NOW, new MistakeReport.Reporter(EMMA, "t", ReporterMode.NAMED),
                "Title", "Text", NOW.plusSeconds(60), ReportKind.NEAR_MISS, CustomerImpact.NONE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void submit_countsCodePoints_soTwoHundredEmojiAreATitle() {
        String emoji = "😀".repeat(MistakeReport.MAX_TITLE);
        MistakeReport report = MistakeReport.submit("R-2026-000001", NOW, new MistakeReport.Reporter(EMMA, "t", ReporterMode.NAMED),
                emoji, "Text", NOW, ReportKind.GOOD_CATCH, CustomerImpact.NONE, null);

        assertThat(report.title()).isEqualTo(emoji);
        assertThatThrownBy(() -> MistakeReport.submit("R-2026-000002", NOW, new MistakeReport.Reporter(EMMA, "t", ReporterMode.NAMED),
                emoji + "x", "Text", NOW, ReportKind.GOOD_CATCH, CustomerImpact.NONE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withdraw_byTheReporterBeforeTriage_withdrawsIt() {
        MistakeReport report = report(ReporterMode.NAMED);

        report.withdraw(EMMA, NOW.plusSeconds(600));

        assertThat(report.status()).isEqualTo(ReportStatus.WITHDRAWN);
        assertThat(report.withdrawnAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void confidentialReport_keepsOnlyTheDayOfWhatItsReporterDoes_submittingAnsweringAndWithdrawing() {
        Instant day = Instant.parse("2026-11-23T00:00:00Z");
        MistakeReport report = report(ReporterMode.CONFIDENTIAL);
        FollowUpQuestion question = report.ask(LENA, "Which till was it?", NOW.plusSeconds(60));

        report.answer(EMMA, question.id(), "The second one.", NOW.plusSeconds(120));
        report.withdraw(EMMA, NOW.plusSeconds(600));

        assertThat(report.submittedAt()).isEqualTo(day);
        assertThat(report.question(question.id()).orElseThrow().answeredAt()).isEqualTo(day);
        assertThat(report.withdrawnAt()).isEqualTo(day);
        assertThat(question.askedAt()).as("the leader's own action keeps its time").isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void namedReport_keepsItsExactTimes() {
        MistakeReport report = report(ReporterMode.NAMED);

        assertThat(report.submittedAt()).isEqualTo(NOW);
        assertThat(report.reporterTime(NOW.plusSeconds(7))).isEqualTo(NOW.plusSeconds(7));
    }

    @Test
    void withdraw_bySomeoneElse_isRefused() {
        MistakeReport report = report(ReporterMode.NAMED);

        assertThatThrownBy(() -> report.withdraw(LENA, NOW)).isInstanceOf(OnlyTheReporterMayWithdraw.class);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void withdraw_twice_isRefused() {
        MistakeReport report = report(ReporterMode.NAMED);
        report.withdraw(EMMA, NOW);

        assertThatThrownBy(() -> report.withdraw(EMMA, NOW)).isInstanceOf(ReportCannotBeWithdrawn.class)
                .hasMessageStartingWith("rule.reportCannotBeWithdrawn.withdrawn");
    }

    @Test
    void onlyASubmittedReport_awaitsTriage_soOnlyItCanBeWithdrawn() {
        assertThat(Arrays.stream(ReportStatus.values()).filter(ReportStatus::awaitsTriage)).containsExactly(ReportStatus.SUBMITTED);
    }

    @Test
    void ask_andAnswer_keepsTheThreadInOrder_andCountsWhatWaits() {
        MistakeReport report = report(ReporterMode.CONFIDENTIAL);

        FollowUpQuestion first = report.ask(LENA, "Which card encoder was it?", NOW.plusSeconds(60));
        report.ask(LENA, "Was the guest upset?", NOW.plusSeconds(120));
        assertThat(report.unansweredQuestions()).isEqualTo(2);

        report.answer(EMMA, first.id(), "The one at the left desk.", NOW.plusSeconds(180));

        assertThat(report.questions()).extracting(FollowUpQuestion::text)
                .containsExactly("Which card encoder was it?", "Was the guest upset?");
        assertThat(report.questions().get(0).answer()).isEqualTo("The one at the left desk.");
        assertThat(report.unansweredQuestions()).isEqualTo(1);
    }

    @Test
    void answer_bySomeoneOtherThanTheReporter_isRefused() {
        MistakeReport report = report(ReporterMode.CONFIDENTIAL);
        FollowUpQuestion question = report.ask(LENA, "Which desk?", NOW);

        assertThatThrownBy(() -> report.answer(LENA, question.id(), "I guess", NOW)).isInstanceOf(OnlyTheReporterAnswers.class);
    }

    @Test
    void answer_twice_isRefused() {
        MistakeReport report = report(ReporterMode.NAMED);
        FollowUpQuestion question = report.ask(LENA, "Which desk?", NOW);
        report.answer(EMMA, question.id(), "Left", NOW);

        assertThatThrownBy(() -> report.answer(EMMA, question.id(), "Right", NOW)).isInstanceOf(QuestionAnsweredAlready.class);
        assertThat(report.questions().get(0).answer()).isEqualTo("Left");
    }

    @Test
    void ask_onAWithdrawnReport_isRefused() {
        MistakeReport report = report(ReporterMode.NAMED);
        report.withdraw(EMMA, NOW);

        assertThatThrownBy(() -> report.ask(LENA, "Why?", NOW)).isInstanceOf(WithdrawnReportTakesNoQuestions.class);
    }

    @Test
    void hints_comeFromTheNarrative() {
        MistakeReport report = MistakeReport.submit("R-2026-000003", NOW, new MistakeReport.Reporter(EMMA, "t", ReporterMode.NAMED),
                "Late refund", "I was careless and should have checked.", NOW, ReportKind.CUSTOMER_HARMED, CustomerImpact.MAJOR, null);

        assertThat(report.hints()).extracting(Hint::phrase).containsExactly("careless", "should have");
    }

    @Test
    void receipt_hasTheYearAndSixDigits() {
        assertThat(ReceiptNumbers.format(2026, 42)).isEqualTo("R-2026-000042");
        assertThat(ReceiptNumbers.format(2027, 1)).isEqualTo("R-2027-000001");
        ReceiptNumbers counter = year -> 7;
        assertThat(counter.nextFor(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo("R-2026-000007");
        assertThat(counter.nextFor(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("R-2027-000007");
    }

    @Test
    void bentRules_areOneRule_whateverTheCaseAndSpacing() {
        BentRule a = BentRule.of("  Refunds need a   receipt ", "Regular guest", "Kept the guest");
        BentRule b = BentRule.of("refunds NEED a receipt", null, null);

        assertThat(a.key()).isEqualTo(b.key()).isEqualTo("refunds need a receipt");
        assertThat(a.rule()).isEqualTo("Refunds need a receipt");
        assertThat(b.reason()).isNull();
    }

    @Test
    void aNamedReport_looksSentAgain_withTheSameTitleWithinTheWindow_whileItAwaitsTriage() {
        MistakeReport report = report(ReporterMode.NAMED);
        Duration window = Duration.ofMinutes(10);

        assertThat(report.looksSentAgain("wrong ROOM key ", NOW.plus(Duration.ofMinutes(9)), window)).isTrue();
        assertThat(report.looksSentAgain("Wrong room key", NOW.plus(Duration.ofMinutes(11)), window)).as("later: a new event").isFalse();
        assertThat(report.looksSentAgain("Wrong room key again", NOW.plusSeconds(5), window)).isFalse();
        assertThat(report.looksSentAgain(null, NOW.plusSeconds(5), window)).isFalse();
        report.withdraw(EMMA, NOW.plusSeconds(30));
        assertThat(report.looksSentAgain("Wrong room key", NOW.plusSeconds(60), window)).as("withdrawn: filing it again is no repeat").isFalse();
    }

    @Test
    void aConfidentialReport_keepsOnlyItsDay_soItLooksSentAgainTheSameDay() {
        MistakeReport report = report(ReporterMode.CONFIDENTIAL);
        Duration window = Duration.ofMinutes(10);

        assertThat(report.looksSentAgain("Wrong room key", NOW.plus(Duration.ofHours(5)), window)).isTrue();
        assertThat(report.looksSentAgain("Wrong room key", NOW.plus(Duration.ofHours(14)), window)).as("the next day").isFalse();
    }
}
