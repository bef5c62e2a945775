package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/** A review is approved only when it names at least one contributing factor and either plans an action or says why none is needed. */
public class ApprovalNeedsAFactorAndAnAction extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ApprovalNeedsAFactorAndAnAction(boolean factorMissing, boolean actionMissing) {
        super(factorMissing && actionMissing ? "rule.approvalNeedsAFactorAndAnAction.both"
                : factorMissing ? "rule.approvalNeedsAFactorAndAnAction.factor" : "rule.approvalNeedsAFactorAndAnAction.action");
    }
}
