package dimple.domain.identity;

import dimple.domain.shared.RuleViolation;

/** A team name must be present and short enough to show in a menu. */
public class TeamNameInvalid extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public TeamNameInvalid(String code, Object... args) {
        super(code, args);
    }
}
