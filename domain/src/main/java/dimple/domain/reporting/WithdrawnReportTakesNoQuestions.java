package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** A withdrawn report is closed to new questions. */
public class WithdrawnReportTakesNoQuestions extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public WithdrawnReportTakesNoQuestions() {
        super("rule.withdrawnReportTakesNoQuestions");
    }
}
