package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** A leader does not write a coaching record about themselves. */
public class NobodyCoachesThemselves extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NobodyCoachesThemselves() {
        super("rule.nobodyCoachesThemselves");
    }
}
