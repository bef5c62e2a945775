package dimple.application.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.audit.AuditAction;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.RecordNotFound;
import dimple.domain.audit.AuditEntry;
import dimple.domain.coaching.CoachingRecord;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** HR's legal hold on a coaching record: it outlives the record's own retention date until HR lifts it (ADR 52). */
class CoachingLegalHoldTest {
    private final CoachingFixture lane = new CoachingFixture();

    @Test
    void aHeldRecord_outlivesItsRetentionDate_andIsDeletedOnTheSweepAfterHrLiftsTheHold() {
        String record = lane.sharedRecord("lena", "emma", "Kept for a tribunal");
        LocalDate keptUntil = lane.records.findById(record).map(CoachingRecord::retainUntil).orElseThrow();

        CoachingLegalHoldView held = lane.as("hana").holds.place(record);
        lane.holds.place(record);
        assertThat(held.held()).isTrue();
        assertThat(held.since()).isEqualTo(lane.world.clock.instant());

        lane.world.clock.advance(Duration.ofDays(1).multipliedBy(keptUntil.toEpochDay() - lane.today().toEpochDay() + 2));
        assertThat(lane.retention.sweep().coachingRecords()).isZero();
        assertThat(lane.records.findById(record)).isPresent();

        assertThat(lane.as("hana").holds.lift(record).held()).isFalse();
        assertThat(lane.retention.sweep().coachingRecords()).isEqualTo(1);
        assertThat(lane.records.findById(record)).isEmpty();
        assertThat(lane.audited(AuditAction.COACHING_LEGAL_HOLD_PLACED)).hasSize(1).extracting(AuditEntry::target).containsExactly(record);
        assertThat(lane.audited(AuditAction.COACHING_LEGAL_HOLD_LIFTED)).hasSize(1).allSatisfy(e -> assertThat(e.actor()).isEqualTo("hana"));
    }

    @Test
    void onlyHr_holdsARecord_andADraftHrMayNotSeeIsNotFound() {
        String shared = lane.sharedRecord("lena", "emma", "Shared");
        String draft = lane.draftRecord("lena", "emma", "Draft");

        for (String notHr : new String[] {"lena", "emma", "leo", "admin"}) {
            lane.as(notHr);
            for (String method : new String[] {"find", "place", "lift"}) {
                assertThatThrownBy(() -> lane.guardOf(CoachingLegalHoldService.class, method)).as(notHr + " " + method)
                        .isInstanceOf(AccessRefused.class);
            }
        }
        lane.as("hana").guardOf(CoachingLegalHoldService.class, "place");
        assertThatThrownBy(() -> lane.as("hana").holds.place(draft)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> lane.as("hana").holds.place("not-an-id")).isInstanceOf(RecordNotFound.class);
        assertThat(lane.records.findById(shared).orElseThrow().isHeld()).isFalse();
    }
}
