package dimple.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.domain.retention.RecordType;
import dimple.domain.retention.RetentionPeriod;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionRunTest {
    private final InMemoryDimple dimple = new InMemoryDimple();
    private final InMemoryRetentionPeriods periods = new InMemoryRetentionPeriods();
    private final RecordsOfDays reports = new RecordsOfDays(RecordType.REPORTS)
            .with(450, LocalDate.of(2018, 5, 1), false).with(2, LocalDate.of(2018, 5, 1), true).with(7, LocalDate.of(2025, 6, 1), false);
    private final RecordsOfDays cases = new RecordsOfDays(RecordType.RECOVERY_CASES).with(4, LocalDate.of(2010, 1, 1), false);
    private final RetentionRun run = new RetentionRun(periods, List.of(reports, cases), dimple.audit, dimple.clock, 200);

    @Test
    void theSweep_goesInBatchesUntilNothingIsDue_skippingTheHeldAndTheRecent() {
        periods.save(RetentionPeriod.of(RecordType.REPORTS, 84, "account-ada", dimple.clock.instant()));

        List<SweptView> done = run.sweep();

        assertThat(done).extracting(SweptView::recordType, SweptView::count, SweptView::batches)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REPORTS", 450, 3), org.assertj.core.groups.Tuple.tuple("RECOVERY_CASES", 0, 1));
        assertThat(reports.batches).containsExactly(200, 200, 50);
        assertThat(reports.kept).as("the two held and the seven of 2025 stay").hasSize(9);
        assertThat(cases.kept).as("recovery cases have no period: kept for ever").hasSize(4);
    }

    @Test
    void eachRun_writesOneAuditLinePerKind_withCountsOnly_alsoWhenNothingWasDue() {
        periods.save(RetentionPeriod.of(RecordType.REPORTS, 84, "account-ada", dimple.clock.instant()));
        run.sweep();

        assertThat(dimple.auditEntries.withAction(AuditAction.RETENTION_SWEPT)).extracting(e -> e.actor() + " | " + e.target() + " | " + e.detail())
                .containsExactly("system | REPORTS | anonymised 450 from before 2019-03-02", "system | RECOVERY_CASES | anonymised 0 (no period set)");

        run.sweep();

        assertThat(dimple.auditEntries.withAction(AuditAction.RETENTION_SWEPT)).hasSize(4);
        assertThat(dimple.auditEntries.last().detail()).isEqualTo("anonymised 0 (no period set)");
    }

    @Test
    void aDayLater_theNextRecordsComeDue() {
        periods.save(RetentionPeriod.of(RecordType.RECOVERY_CASES, 12, "account-ada", dimple.clock.instant()));
        cases.with(1, LocalDate.of(2025, 3, 2), false);
        run.sweep();
        assertThat(cases.kept).as("closed on the first kept day: kept").hasSize(1);

        dimple.clock.advance(Duration.ofDays(1));
        run.sweep();

        assertThat(cases.kept).isEmpty();
    }
}
