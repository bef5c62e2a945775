package dimple.domain.identity;

import dimple.domain.shared.RuleViolation;

/** An account without any role could not do anything; at least one role is required. */
public class AccountNeedsARole extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public AccountNeedsARole() {
        super("rule.accountNeedsARole");
    }
}
