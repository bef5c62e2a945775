package dimple.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnonymousReportTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final Instant DAY = Instant.parse("2026-11-23T00:00:00Z");
    private static final String LENA = "account-lena";

    private static MistakeReport anonymous(ReceiptCode code) {
        return MistakeReport.submit("C-2026-7KQ3-M9XD", NOW, MistakeReport.Reporter.anonymous("team-front-desk", code),
                "Wrong room key", "The key card opened room 214 instead of 241.", NOW.minus(Duration.ofHours(2)),
                ReportKind.NO_HARM, CustomerImpact.MINOR, null);
    }

    @Test
    void anAnonymousReport_keepsNoAccount_onlyTheHashOfItsCode_andOnlyItsDay() {
        ReceiptCode code = ReceiptCode.issue();
        MistakeReport report = anonymous(code);

        assertThat(report.reporterAccountId()).isNull();
        assertThat(report.receiptCodeHash()).isEqualTo(code.hash()).doesNotContain(code.grouped().replace("-", ""));
        assertThat(report.submittedAt()).isEqualTo(DAY);
        assertThat(report.isConfidential()).as("hidden like a confidential reporter everywhere").isTrue();
        assertThat(report.isReportedBy(null)).isFalse();
        assertThat(report.isReportedBy(LENA)).isFalse();
    }

    @Test
    void anAnonymousReporter_cannotBeAnAccount_andOtherReportersHaveNoCode() {
        ReceiptCode code = ReceiptCode.issue();

        assertThatThrownBy(() -> new MistakeReport.Reporter(LENA, "team", ReporterMode.ANONYMOUS, code.hash()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MistakeReport.Reporter(null, "team", ReporterMode.ANONYMOUS, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MistakeReport.Reporter(LENA, "team", ReporterMode.CONFIDENTIAL, code.hash()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MistakeReport.Reporter(null, "team", ReporterMode.NAMED))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theCode_answersAndWithdraws_andAnotherCodeDoesNot() {
        ReceiptCode code = ReceiptCode.issue();
        MistakeReport report = anonymous(code);
        FollowUpQuestion question = report.ask(LENA, "Which till was it?", NOW.plusSeconds(60));

        assertThatThrownBy(() -> report.answer(ReceiptCode.issue(), question.id(), "The first.", NOW.plusSeconds(90)))
                .isInstanceOf(OnlyTheReporterAnswers.class);
        assertThatThrownBy(() -> report.answer(LENA, question.id(), "The first.", NOW.plusSeconds(90)))
                .isInstanceOf(OnlyTheReporterAnswers.class);
        report.answer(ReceiptCode.typed(code.grouped().toLowerCase()).orElseThrow(), question.id(), "The second one.", NOW.plusSeconds(120));
        assertThatThrownBy(() -> report.withdraw(ReceiptCode.issue(), NOW.plusSeconds(600))).isInstanceOf(OnlyTheReporterMayWithdraw.class);
        report.withdraw(code, NOW.plusSeconds(600));

        assertThat(report.question(question.id()).orElseThrow().answer()).isEqualTo("The second one.");
        assertThat(report.question(question.id()).orElseThrow().answeredAt()).isEqualTo(DAY);
        assertThat(report.status()).isEqualTo(ReportStatus.WITHDRAWN);
        assertThat(report.withdrawnAt()).isEqualTo(DAY);
    }

    @Test
    void aConfidentialReport_isOpenedByNoCode() {
        MistakeReport report = MistakeReport.submit("C-2026-7KQ3-M9XD", NOW, new MistakeReport.Reporter(LENA, "team", ReporterMode.CONFIDENTIAL),
                "Title", "Narrative.", NOW, ReportKind.NO_HARM, CustomerImpact.NONE, null);

        assertThat(report.opensWith(ReceiptCode.issue())).isFalse();
        assertThat(report.receiptCodeHash()).isNull();
    }

    @Test
    void triagingAnAnonymousReport_tellsNoAccount() {
        MistakeReport report = anonymous(ReceiptCode.issue());
        dimple.domain.identity.Account leader = dimple.domain.identity.Account.open("lena", "Lena", "hash",
                Set.of(dimple.domain.identity.Role.EMPLOYEE, dimple.domain.identity.Role.LEADER), NOW);
        leader.assignTeams(Set.of("team-front-desk"), Set.of("team-front-desk"));

        report.triageAsNoted(leader, "Thank you: the key cards are re-coded.", NOW.plusSeconds(3600));

        assertThat(report.takeEvents()).filteredOn(ReportTriaged.class::isInstance).map(ReportTriaged.class::cast)
                .singleElement().extracting(ReportTriaged::reporterAccountId).isNull();
    }

    @Test
    void codes_have140RandomBits_groupedInFours_andTypingIsForgiving() {
        ReceiptCode code = ReceiptCode.issue();
        String grouped = code.grouped();

        assertThat(grouped).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(ReceiptCode.typed(" " + grouped.toLowerCase().replace("-", " ") + " ")).get().extracting(ReceiptCode::hash).isEqualTo(code.hash());
        assertThat(ReceiptCode.typed(grouped.replace('0', 'O').replace('1', 'I'))).get().extracting(ReceiptCode::hash).isEqualTo(code.hash());
        assertThat(ReceiptCode.typed(grouped.substring(1))).isEmpty();
        assertThat(ReceiptCode.typed(grouped.replace(grouped.charAt(0), 'U'))).isEmpty();
        assertThat(ReceiptCode.typed(null)).isEmpty();
        assertThat(code.toString()).doesNotContain(grouped.substring(0, 4));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(ReceiptCode.issue().hash());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theHash_isSha256InHex_andOnlyTheSameCodeOpensIt() {
        ReceiptCode code = ReceiptCode.issue();

        assertThat(code.hash()).matches("[0-9a-f]{64}");
        assertThat(code.opens(code.hash())).isTrue();
        assertThat(code.opens(ReceiptCode.issue().hash())).isFalse();
        assertThat(code.opens(null)).isFalse();
    }
}
