package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** A coaching record is closed after the employee acknowledged or declined it, and only once. */
public class RecordCannotBeClosedYet extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public RecordCannotBeClosedYet(CoachingStatus status) {
        super(switch (status) {
            case DRAFT -> "Share this coaching record with the employee first; it is closed after they respond.";
            case SHARED -> "This coaching record waits for the employee's response; close it after they acknowledge or decline it.";
            default -> "This coaching record is closed already.";
        });
    }
}
