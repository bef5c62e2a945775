package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** A coaching record is kept at most {@link CoachingRecord#MAX_RETENTION} after the conversation, never indefinitely. */
public class RetentionIsLimited extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public RetentionIsLimited() {
        super("rule.retentionIsLimited", CoachingRecord.MAX_RETENTION.getYears());
    }
}
