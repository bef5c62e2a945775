package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/** An action item that is done or dropped is a record of what became of it: it is no longer corrected. */
public class ClosedActionsAreKept extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ClosedActionsAreKept() {
        super("rule.closedActionsAreKept");
    }
}
