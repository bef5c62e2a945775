package dimple.domain.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.shared.Ids;
import dimple.domain.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String EMMA = Ids.newId();
    private static final String LENA = Ids.newId();
    private static final String HANA = Ids.newId();
    private static final String FRONT_DESK = Ids.newId();
    private static final FourTests SLIP = FourTests.answered(false, false, false, true);

    private static AssessedReport namedBy(String reporter, Instant occurred, Instant submitted) {
        return new AssessedReport(Ids.newId(), "R-2026-000042", FRONT_DESK, false, reporter, occurred, submitted);
    }

    private static Assessment assess(AssessedReport report, String subject) {
        return Assessment.record(report, subject, LENA, FRONT_DESK, "Guest charged twice at check-out", SLIP, Behaviour.HUMAN_ERROR,
                Response.CONSOLE, null, NOW);
    }

    @Test
    void record_namedReport_keepsWhatTheLeaderConcluded() {
        AssessedReport report = namedBy(EMMA, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofHours(20)));

        Assessment assessment = Assessment.record(report, EMMA, LENA, FRONT_DESK, "  Guest charged twice  ",
                FourTests.answered(false, true, true, true), Behaviour.AT_RISK, Response.COACH, null, NOW);

        assertThat(Ids.looksLikeId(assessment.id())).isTrue();
        assertThat(assessment.reportId()).isEqualTo(report.reportId());
        assertThat(assessment.reportNumber()).isEqualTo("R-2026-000042");
        assertThat(assessment.subjectAccountId()).isEqualTo(EMMA);
        assertThat(assessment.assessorAccountId()).isEqualTo(LENA);
        assertThat(assessment.reason()).isEqualTo("Guest charged twice");
        assertThat(assessment.tests()).isEqualTo(FourTests.answered(false, true, true, true));
        assertThat(assessment.behaviour()).isEqualTo(Behaviour.AT_RISK);
        assertThat(assessment.response()).isEqualTo(Response.COACH);
        assertThat(assessment.assessedAt()).isEqualTo(NOW);
    }

    @Test
    void record_confidentialReport_isRefusedByTheFirewall() {
        AssessedReport confidential = new AssessedReport(Ids.newId(), "R-2026-000043", FRONT_DESK, true, EMMA, NOW.minusSeconds(60), NOW);

        assertThatThrownBy(() -> assess(confidential, EMMA))
                .isInstanceOf(ConfidentialReportsAreNotAssessed.class)
                .isInstanceOf(RuleViolation.class)
                .hasMessage("rule.confidentialReportsAreNotAssessed");
    }

    @Test
    void assessedReport_confidential_carriesNoReporterEvenIfOneIsGiven() {
        AssessedReport confidential = new AssessedReport(Ids.newId(), "R-2026-000043", FRONT_DESK, true, EMMA, NOW.minusSeconds(60), NOW);

        assertThat(confidential.reporterAccountId()).isNull();
        assertThat(confidential.isTimelySelfReportBy(EMMA)).isFalse();
    }

    @Test
    void record_ownBehaviour_isRefused() {
        AssessedReport report = namedBy(LENA, NOW.minusSeconds(60), NOW);

        assertThatThrownBy(() -> assess(report, LENA)).isInstanceOf(NobodyAssessesThemselves.class);
    }

    @Test
    void record_personReportedTheirOwnMistakeWithinSevenDays_getsSelfReportCredit() {
        Instant occurred = NOW.minus(Duration.ofDays(10));

        assertThat(assess(namedBy(EMMA, occurred, occurred.plus(Duration.ofHours(2))), EMMA).selfReportCredit()).isTrue();
        assertThat(assess(namedBy(EMMA, occurred, occurred.plus(Duration.ofDays(7))), EMMA).selfReportCredit()).isTrue();
    }

    @Test
    void record_reportFiledLaterThanSevenDays_getsNoCredit() {
        Instant occurred = NOW.minus(Duration.ofDays(10));

        assertThat(assess(namedBy(EMMA, occurred, occurred.plus(Duration.ofDays(7)).plusSeconds(1)), EMMA).selfReportCredit()).isFalse();
    }

    @Test
    void record_reportFiledBySomeoneElse_givesThePersonAssessedNoCredit() {
        AssessedReport byLena = namedBy(LENA, NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(2)));

        assertThat(assess(byLena, EMMA).selfReportCredit()).isFalse();
    }

    @Test
    void record_withoutReason_isRefused() {
        AssessedReport report = namedBy(EMMA, NOW.minusSeconds(60), NOW);

        assertThatThrownBy(() -> Assessment.record(report, EMMA, LENA, FRONT_DESK, "  ", SLIP, Behaviour.HUMAN_ERROR, Response.CONSOLE,
                null, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void record_retention_defaultsToTwoYearsAndMustLieAhead() {
        AssessedReport report = namedBy(EMMA, NOW.minusSeconds(60), NOW);

        assertThat(assess(report, EMMA).retainUntil()).isEqualTo(LocalDate.of(2028, 11, 23));
        assertThat(Assessment.record(report, EMMA, LENA, FRONT_DESK, "why", SLIP, Behaviour.HUMAN_ERROR, Response.CONSOLE,
                LocalDate.of(2027, 1, 1), NOW).retainUntil()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> Assessment.record(report, EMMA, LENA, FRONT_DESK, "why", SLIP, Behaviour.HUMAN_ERROR, Response.CONSOLE,
                LocalDate.of(2026, 11, 23), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isPastRetentionOn_keepsItThroughTheRetentionDay() {
        Assessment assessment = assess(namedBy(EMMA, NOW.minusSeconds(60), NOW), EMMA);

        assertThat(assessment.isPastRetentionOn(LocalDate.of(2028, 11, 23))).isFalse();
        assertThat(assessment.isPastRetentionOn(LocalDate.of(2028, 11, 24))).isTrue();
    }

    @Test
    void isVisibleTo_theAssessorWhileLeadingThePersonAssessedAndHrOnly() {
        Assessment assessment = assess(namedBy(EMMA, NOW.minusSeconds(60), NOW), EMMA);
        String otherLeader = Ids.newId();

        assertThat(assessment.isVisibleTo(new CoachingViewer(LENA, Set.of(FRONT_DESK), false))).isTrue();
        assertThat(assessment.isVisibleTo(new CoachingViewer(EMMA, Set.of(), false))).isTrue();
        assertThat(assessment.isVisibleTo(new CoachingViewer(HANA, Set.of(), true))).isTrue();

        assertThat(assessment.isVisibleTo(new CoachingViewer(LENA, Set.of(), false))).as("assessor who no longer leads the team").isFalse();
        assertThat(assessment.isVisibleTo(new CoachingViewer(otherLeader, Set.of(FRONT_DESK), false))).as("another leader of the team").isFalse();
        assertThat(assessment.isVisibleTo(new CoachingViewer(Ids.newId(), Set.of(), false))).as("a colleague").isFalse();
    }
}
