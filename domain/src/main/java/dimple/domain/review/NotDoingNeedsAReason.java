package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/** Deciding not to do an action item is fine, but the reason is written down. */
public class NotDoingNeedsAReason extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NotDoingNeedsAReason() {
        super("rule.notDoingNeedsAReason");
    }
}
