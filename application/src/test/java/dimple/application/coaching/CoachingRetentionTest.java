package dimple.application.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.audit.AuditAction;
import dimple.domain.audit.AuditEntry;
import dimple.domain.coaching.Assessment;
import dimple.domain.coaching.CoachingRecord;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoachingRetentionTest {
    private final CoachingFixture lane = new CoachingFixture();

    private void daysLater(long days) {
        lane.world.clock.advance(Duration.ofDays(days));
    }

    @Test
    void sweep_keepsEverythingThroughItsRetentionDay_thenDeletesIt_andAuditsEachRunAsTheSystem() {
        String record = lane.sharedRecord("lena", "emma", "Kept two years");
        String report = lane.namedReport("emma", "Front Desk");
        String assessment = lane.as("lena").assessing.open(CoachingFixture.assessment(report, "emma")).id();
        LocalDate recordKeptUntil = lane.records.findById(record).map(CoachingRecord::retainUntil).orElseThrow();
        LocalDate assessmentKeptUntil = lane.assessments.findById(assessment).map(Assessment::retainUntil).orElseThrow();
        assertThat(recordKeptUntil).isEqualTo(lane.today().minusDays(1).plusYears(2));
        assertThat(assessmentKeptUntil).isEqualTo(lane.today().plusYears(2));

        while (!lane.today().isAfter(recordKeptUntil)) {
            daysLater(1);
        }
        RetentionSweep first = lane.retention.sweep();
        daysLater(1);
        RetentionSweep second = lane.retention.sweep();
        RetentionSweep third = lane.retention.sweep();

        assertThat(first.coachingRecords()).isEqualTo(1);
        assertThat(first.assessments()).isZero();
        assertThat(second.assessments()).isEqualTo(1);
        assertThat(third.coachingRecords() + third.assessments()).isZero();
        assertThat(lane.records.all()).isEmpty();
        assertThat(lane.assessments.all()).isEmpty();
        assertThat(lane.audited(AuditAction.COACHING_RETENTION_SWEPT)).hasSize(3).allSatisfy(e -> assertThat(e.actor()).isEqualTo("system"))
                .extracting(AuditEntry::detail).first().asString()
                .isEqualTo("deleted 1 coaching records and 0 assessments retained until before " + first.day());
    }

    @Test
    void sweep_withAFixedClock_deletesOnlyWhatIsPastItsDay() {
        String past = lane.sharedRecord("lena", "emma", "Short retention");
        lane.as("lena").coaching.draft(new DraftCoachingRecord("emma", lane.today().minusDays(1), "Kept", "e", "o", "a", lane.today(), null,
                lane.today().plusYears(3), null));
        CoachingRecord shortOne = lane.records.findById(past).orElseThrow();

        daysLater(365 * 2 + 1);
        RetentionSweep sweep = lane.retention.sweep();

        assertThat(sweep.coachingRecords()).isEqualTo(1);
        assertThat(lane.records.all()).extracting(CoachingRecord::topic).containsExactly("Kept");
        assertThat(lane.records.findById(shortOne.id())).isEmpty();
    }
}
