package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** A report can be withdrawn only before it is triaged: once leaders have acted on it, it stays. */
public class ReportCannotBeWithdrawn extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ReportCannotBeWithdrawn(ReportStatus status) {
        super(status == ReportStatus.WITHDRAWN ? "rule.reportCannotBeWithdrawn.withdrawn" : "rule.reportCannotBeWithdrawn.triaged", status);
    }
}
