package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/** A review that goes back from review to drafting says why, so the team knows what to rework. */
public class GoingBackNeedsAReason extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public GoingBackNeedsAReason() {
        super("rule.goingBackNeedsAReason");
    }
}
