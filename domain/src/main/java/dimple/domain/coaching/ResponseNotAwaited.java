package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** An employee acknowledges or declines a coaching record once, while it is shared and waiting for them. */
public class ResponseNotAwaited extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ResponseNotAwaited(CoachingStatus status) {
        super(switch (status) {
            case DRAFT -> "rule.responseNotAwaited.draft";
            case ACKNOWLEDGED, DECLINED -> "rule.responseNotAwaited.responded";
            default -> "rule.responseNotAwaited.closed";
        });
    }
}
