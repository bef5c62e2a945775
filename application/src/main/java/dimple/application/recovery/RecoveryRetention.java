package dimple.application.recovery;

import dimple.application.retention.RetainedRecords;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryCaseRepository;
import dimple.domain.recovery.RecoveryCasesPastRetention;
import dimple.domain.retention.Due;
import dimple.domain.retention.RecordType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Recovery cases for the retention sweep: closed ones past their period are anonymised ({@link RecoveryCase#anonymise}),
 * except those of a report under a legal hold.
 */
@ApplicationScoped
@Transactional
public class RecoveryRetention implements RetainedRecords {
    private RecoveryCasesPastRetention past;
    private RecoveryCaseRepository cases;
    private Clock clock;

    protected RecoveryRetention() {
    }

    @Inject
    public RecoveryRetention(RecoveryCasesPastRetention past, RecoveryCaseRepository cases, Clock clock) {
        this.past = past;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.RECOVERY_CASES;
    }

    @Override
    public Due due(LocalDate today, LocalDate keptFrom) {
        return keptFrom == null ? Due.NONE : past.due(RetainedRecords.startOf(keptFrom));
    }

    @Override
    public int sweepNext(LocalDate today, LocalDate keptFrom, int max) {
        if (keptFrom == null) {
            return 0;
        }
        Instant now = clock.instant();
        int count = 0;
        for (RecoveryCase recovery : past.nextDue(RetainedRecords.startOf(keptFrom), max)) {
            recovery.anonymise(now);
            cases.save(recovery);
            count++;
        }
        return count;
    }
}
