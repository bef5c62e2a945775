package dimple.application.retention;

/**
 * How long each kind of record is kept, in months; null keeps it for ever (the default).
 *
 * @param coachingRecordsMonths a maximum: each coaching record also keeps its own, earlier date
 */
public record RetentionPeriodsView(Integer reportsMonths, Integer recoveryCasesMonths, Integer coachingRecordsMonths, Integer auditLogMonths)
        implements java.io.Serializable {
}
