package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** Only the leader who wrote a coaching record revises, shares or closes it. */
public class OnlyTheCoachChangesTheRecord extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public OnlyTheCoachChangesTheRecord() {
        super("rule.onlyTheCoachChangesTheRecord");
    }
}
