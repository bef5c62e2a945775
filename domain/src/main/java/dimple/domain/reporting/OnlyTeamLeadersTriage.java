package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** Only a leader of the report's team decides what happens to it. */
public class OnlyTeamLeadersTriage extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public OnlyTeamLeadersTriage() {
        super("rule.onlyTeamLeadersTriage");
    }
}
