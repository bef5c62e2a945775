package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** Only the person who filed a report may withdraw it. */
public class OnlyTheReporterMayWithdraw extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public OnlyTheReporterMayWithdraw() {
        super("rule.onlyTheReporterMayWithdraw");
    }
}
