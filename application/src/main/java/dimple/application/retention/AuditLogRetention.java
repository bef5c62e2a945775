package dimple.application.retention;

import dimple.domain.retention.AuditLogPastRetention;
import dimple.domain.retention.Due;
import dimple.domain.retention.RecordType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** The audit log for the retention sweep: entries recorded before the first kept day are deleted. */
@ApplicationScoped
@Transactional
public class AuditLogRetention implements RetainedRecords {
    private AuditLogPastRetention past;

    protected AuditLogRetention() {
    }

    @Inject
    public AuditLogRetention(AuditLogPastRetention past) {
        this.past = past;
    }

    @Override
    public RecordType type() {
        return RecordType.AUDIT_LOG;
    }

    @Override
    public Due due(LocalDate today, LocalDate keptFrom) {
        return keptFrom == null ? Due.NONE : past.due(RetainedRecords.startOf(keptFrom));
    }

    @Override
    public int sweepNext(LocalDate today, LocalDate keptFrom, int max) {
        return keptFrom == null ? 0 : past.deleteNext(RetainedRecords.startOf(keptFrom), max);
    }
}
