package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** A coaching record is closed after the employee acknowledged or declined it, and only once. */
public class RecordCannotBeClosedYet extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public RecordCannotBeClosedYet(CoachingStatus status) {
        super(switch (status) {
            case DRAFT -> "rule.recordCannotBeClosedYet.draft";
            case SHARED -> "rule.recordCannotBeClosedYet.shared";
            default -> "rule.recordCannotBeClosedYet.closed";
        });
    }
}
