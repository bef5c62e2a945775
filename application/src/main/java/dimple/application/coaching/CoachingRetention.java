package dimple.application.coaching;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.domain.coaching.AssessmentRepository;
import dimple.domain.coaching.CoachingRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Deletes coaching records and assessments past their retention date (kept through that day, deleted
 * on any later one) and audits each sweep as the system, also when there was nothing to delete, so the
 * trail shows the job runs. Started daily by a scheduler in infrastructure; it acts for nobody, so it
 * carries no permission guard and is not reachable from pages or the API (like start-up's FirstRun).
 */
@ApplicationScoped
@Transactional
public class CoachingRetention {
    private CoachingRecordRepository records;
    private AssessmentRepository assessments;
    private AuditTrail audit;
    private Clock clock;

    protected CoachingRetention() {
    }

    @Inject
    public CoachingRetention(CoachingRecordRepository records, AssessmentRepository assessments, AuditTrail audit, Clock clock) {
        this.records = records;
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Deletes everything retained until a day before today (UTC). */
    public RetentionSweep sweep() {
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        int deletedRecords = records.deleteRetainedUntilBefore(today);
        int deletedAssessments = assessments.deleteRetainedUntilBefore(today);
        audit.recordAs(AuditAction.SYSTEM, AuditAction.COACHING_RETENTION_SWEPT, null,
                "deleted " + deletedRecords + " coaching records and " + deletedAssessments + " assessments retained until before " + today);
        return new RetentionSweep(today, deletedRecords, deletedAssessments);
    }
}
