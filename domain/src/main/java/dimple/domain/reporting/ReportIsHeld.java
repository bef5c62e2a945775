package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** A report under a legal hold keeps its words, and its recovery cases theirs, until the hold is lifted. */
public class ReportIsHeld extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ReportIsHeld() {
        super("rule.reportIsHeld");
    }
}
