package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/** An action item moves forward only: open, in progress, then done or not doing; those two are final. */
public class ActionCannotMove extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ActionCannotMove(ActionStatus from, ActionStatus to) {
        super(from == to ? "rule.actionCannotMove.already" : "rule.actionCannotMove", from, to);
    }
}
