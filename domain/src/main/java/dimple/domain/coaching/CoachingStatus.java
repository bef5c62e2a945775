package dimple.domain.coaching;

/** Where a coaching record is: DRAFT → SHARED → ACKNOWLEDGED | DECLINED → CLOSED. */
public enum CoachingStatus {
    /** Written by the coach; only the coach sees it. */
    DRAFT,
    /** Shared with the employee, waiting for their acknowledgement or their decline. */
    SHARED,
    ACKNOWLEDGED,
    DECLINED,
    /** Followed up and closed by the coach; the employee's response stays with it. */
    CLOSED;

    /** Past the draft: the employee and HR see the record from here on. */
    public boolean isShared() {
        return this != DRAFT;
    }
}
