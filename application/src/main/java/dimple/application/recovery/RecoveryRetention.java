package dimple.application.recovery;

import dimple.application.retention.AnonymisedRecords;
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
import java.util.List;

/**
 * Recovery cases for the retention sweep: closed ones past their period are anonymised ({@link RecoveryCase#anonymise}),
 * except those of a report under a legal hold.
 */
@ApplicationScoped
@Transactional
public class RecoveryRetention extends AnonymisedRecords<RecoveryCase> {
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
    protected Due dueBefore(Instant moment) {
        return past.due(moment);
    }

    @Override
    protected List<RecoveryCase> nextDueBefore(Instant moment, int max) {
        return past.nextDue(moment, max);
    }

    @Override
    protected void anonymise(RecoveryCase recovery, Instant now) {
        recovery.anonymise(now);
        cases.save(recovery);
    }

    @Override
    protected Clock clock() {
        return clock;
    }
}
