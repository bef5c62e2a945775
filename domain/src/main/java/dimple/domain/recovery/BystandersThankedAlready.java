package dimple.domain.recovery;

import dimple.domain.shared.RuleViolation;

/** The people who waited are thanked once per case. */
public class BystandersThankedAlready extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public BystandersThankedAlready() {
        super("rule.bystandersThankedAlready");
    }
}
