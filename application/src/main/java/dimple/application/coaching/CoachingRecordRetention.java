package dimple.application.coaching;

import dimple.application.retention.RetainedRecords;
import dimple.domain.coaching.CoachingRecordsPastRetention;
import dimple.domain.retention.Due;
import dimple.domain.retention.RecordType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Coaching records for the retention sweep: deleted once past their own retention date or, when the organisation set
 * a period, held before its first kept day, whichever comes first (docs/adr/0052). The coaching lane implements the
 * sweep's port, so nothing outside the lane depends on it.
 */
@ApplicationScoped
@Transactional
public class CoachingRecordRetention implements RetainedRecords {
    private CoachingRecordsPastRetention past;

    protected CoachingRecordRetention() {
    }

    @Inject
    public CoachingRecordRetention(CoachingRecordsPastRetention past) {
        this.past = past;
    }

    @Override
    public RecordType type() {
        return RecordType.COACHING_RECORDS;
    }

    @Override
    public Due due(LocalDate today, LocalDate keptFrom) {
        return past.due(today, keptFrom);
    }

    @Override
    public int sweepNext(LocalDate today, LocalDate keptFrom, int max) {
        return past.deleteNext(today, keptFrom, max);
    }
}
