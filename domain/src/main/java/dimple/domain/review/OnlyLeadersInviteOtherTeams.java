package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/**
 * People from outside the review's team are brought into it (as facilitator or participant) only by a
 * leader of that team: whoever a review names may read it, and a facilitator who does not lead the
 * team cannot decide who else reads the team's reports.
 */
public class OnlyLeadersInviteOtherTeams extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public OnlyLeadersInviteOtherTeams() {
        super("rule.onlyLeadersInviteOtherTeams");
    }
}
