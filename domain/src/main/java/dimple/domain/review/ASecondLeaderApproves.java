package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/**
 * Where the organisation asks for two approvals, the second comes from a different leader than the
 * first: one leader cannot approve a review twice.
 */
public class ASecondLeaderApproves extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ASecondLeaderApproves() {
        super("rule.aSecondLeaderApproves");
    }
}
