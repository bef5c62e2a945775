package dimple.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.application.InMemoryDimple;
import dimple.application.shared.English;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.PageView;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditServiceTest {
    private static final Instant START = InMemoryDimple.START;

    private final InMemoryDimple dimple = new InMemoryDimple();

    private void recordAt(Instant at, String actor, String action) {
        dimple.clock.advance(Duration.between(dimple.clock.instant(), at));
        dimple.audit.recordAs(actor, action, "target", null);
    }

    @Test
    void record_signedInPerson_isTheActorAtTheClocksTime() {
        dimple.currentUser.signedInAs("ada");
        dimple.clock.advance(Duration.ofMinutes(3));

        dimple.audit.record(AuditAction.TEAM_CREATED, "Front Desk", null);

        assertThat(dimple.auditEntries.last().actor()).isEqualTo("ada");
        assertThat(dimple.auditEntries.last().at()).isEqualTo(START.plus(Duration.ofMinutes(3)));
    }

    @Test
    void record_nobodySignedIn_isRecordedAsTheSystem() {
        dimple.audit.record(AuditAction.DEMO_DATA_SEEDED, null, null);

        assertThat(dimple.auditEntries.last().actor()).isEqualTo(AuditAction.SYSTEM);
    }

    @Test
    void search_filtersByActionActorAndTimeNewestFirst() {
        recordAt(START, "ada", AuditAction.SIGNED_IN);
        recordAt(START.plusSeconds(60), "emma", AuditAction.SIGNED_IN);
        recordAt(START.plusSeconds(120), "ada", AuditAction.TEAM_CREATED);
        recordAt(START.plusSeconds(180), "ada", AuditAction.SIGNED_IN);

        PageView<AuditView> all = dimple.auditService.search(null, null, null, null, null, null);
        PageView<AuditView> adaSignIns = dimple.auditService.search(" SIGNED_IN ", "ada", null, null, 0, 10);
        PageView<AuditView> window = dimple.auditService.search("", " ", START.plusSeconds(60), START.plusSeconds(180), null, null);

        assertThat(all.items()).extracting(AuditView::at).containsExactly(
                START.plusSeconds(180), START.plusSeconds(120), START.plusSeconds(60), START);
        assertThat(all.total()).isEqualTo(4);
        assertThat(adaSignIns.items()).extracting(AuditView::at).containsExactly(START.plusSeconds(180), START);
        assertThat(window.items()).extracting(AuditView::actor).containsExactly("ada", "emma");
    }

    @Test
    void search_fromAfterTo_isRefusedOnFrom() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> dimple.auditService.search(null, null, START.plusSeconds(1), START, null, null));

        assertThat(English.said(refused.problems())).containsExactly(English.said("from", "From must not be after to."));
    }

    @Test
    void search_overlongFiltersAndPageSizes_areRefusedWithTheirFields() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> dimple.auditService.search("A".repeat(61), "a".repeat(101), null, null, null, null));
        InvalidInput tooBig = catchThrowableOfType(InvalidInput.class,
                () -> dimple.auditService.search(null, null, null, null, 0, 101));
        InvalidInput empty = catchThrowableOfType(InvalidInput.class,
                () -> dimple.auditService.search(null, null, null, null, 0, 0));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("action", "actor");
        assertThat(tooBig.problems()).extracting(FieldProblem::field).containsExactly("size");
        assertThat(empty.problems()).extracting(FieldProblem::field).containsExactly("size");
    }
}
