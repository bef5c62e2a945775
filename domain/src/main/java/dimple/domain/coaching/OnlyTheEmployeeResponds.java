package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** Only the person a coaching record is about acknowledges or declines it. */
public class OnlyTheEmployeeResponds extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public OnlyTheEmployeeResponds() {
        super("rule.onlyTheEmployeeResponds");
    }
}
