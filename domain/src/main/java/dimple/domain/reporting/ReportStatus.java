package dimple.domain.reporting;

/**
 * Where a report is on its way. A report starts {@link #SUBMITTED}; triage (a later step) moves it to
 * {@link #NOTED}, {@link #IN_REVIEW} or {@link #DUPLICATE}; a review ends in {@link #CLOSED}. The
 * reporter may take it back as {@link #WITHDRAWN} while it is still untriaged.
 */
public enum ReportStatus {
    SUBMITTED, NOTED, IN_REVIEW, CLOSED, DUPLICATE, WITHDRAWN;

    public boolean awaitsTriage() {
        return this == SUBMITTED;
    }
}
