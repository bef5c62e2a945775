package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** A report can be withdrawn only before it is triaged: once leaders have acted on it, it stays. */
public class ReportCannotBeWithdrawn extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ReportCannotBeWithdrawn(ReportStatus status) {
        super(status == ReportStatus.WITHDRAWN
                ? "This report is withdrawn already."
                : "This report has been triaged already (" + status + ") and can no longer be withdrawn.");
    }
}
