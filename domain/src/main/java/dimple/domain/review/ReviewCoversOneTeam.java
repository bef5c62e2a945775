package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/** A review covers reports of one team: the team whose leaders run it. */
public class ReviewCoversOneTeam extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ReviewCoversOneTeam() {
        super("rule.reviewCoversOneTeam");
    }
}
