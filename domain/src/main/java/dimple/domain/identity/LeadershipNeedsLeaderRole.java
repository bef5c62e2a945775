package dimple.domain.identity;

import dimple.domain.shared.RuleViolation;

/** Only a person with the LEADER role can lead a team. */
public class LeadershipNeedsLeaderRole extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public LeadershipNeedsLeaderRole() {
        super("rule.leadershipNeedsLeaderRole");
    }
}
