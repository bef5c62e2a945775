package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** A report is triaged once, while it is submitted; a withdrawn report is not triaged at all. */
public class ReportIsTriagedAlready extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ReportIsTriagedAlready(ReportStatus status) {
        super(status == ReportStatus.WITHDRAWN ? "rule.reportIsTriagedAlready.withdrawn" : "rule.reportIsTriagedAlready.triaged", status);
    }
}
