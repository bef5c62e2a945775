package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** Once shared with the employee, a coaching record's content no longer changes, so the employee responds to what they read. */
public class SharedRecordIsFrozen extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public SharedRecordIsFrozen() {
        super("rule.sharedRecordIsFrozen");
    }
}
