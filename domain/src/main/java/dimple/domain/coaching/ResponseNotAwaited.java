package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** An employee acknowledges or declines a coaching record once, while it is shared and waiting for them. */
public class ResponseNotAwaited extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ResponseNotAwaited(CoachingStatus status) {
        super(switch (status) {
            case DRAFT -> "This coaching record has not been shared with you yet.";
            case ACKNOWLEDGED, DECLINED -> "You have already responded to this coaching record.";
            default -> "This coaching record is closed.";
        });
    }
}
