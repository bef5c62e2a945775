package dimple.domain.recovery;

import dimple.domain.shared.RuleViolation;

/** A recovery case only moves forward: OPEN, CONTACTED, REMEDY_DELIVERED, FOLLOWED_UP, CLOSED. */
public class RecoveryCannotGoBack extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public RecoveryCannotGoBack(RecoveryStatus from, RecoveryStatus to) {
        super(from == RecoveryStatus.CLOSED ? "rule.recoveryCannotGoBack.closed" : "rule.recoveryCannotGoBack", from, to);
    }
}
