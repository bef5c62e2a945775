package dimple.domain.retention;

/**
 * The kinds of record an administrator sets a retention period for, with what the daily sweep does to one
 * that is due (docs/adr/0052).
 */
public enum RecordType {
    /** Closed, noted, duplicate or withdrawn reports, counted from that day; their words are blanked. */
    REPORTS(Treatment.ANONYMISE),
    /** Closed recovery cases, counted from closing; the customer's reference and the notes go, the counts stay. */
    RECOVERY_CASES(Treatment.ANONYMISE),
    /** Coaching records, counted from the conversation; the period is a maximum beside each record's own date. */
    COACHING_RECORDS(Treatment.DELETE),
    /** Audit log entries, by age. */
    AUDIT_LOG(Treatment.DELETE);

    /** What the sweep does to a record that is due. */
    public enum Treatment {
        DELETE, ANONYMISE
    }

    private final Treatment treatment;

    RecordType(Treatment treatment) {
        this.treatment = treatment;
    }

    public Treatment treatment() {
        return treatment;
    }
}
