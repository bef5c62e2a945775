package dimple.domain.identity;

import dimple.domain.shared.RuleViolation;

/** Nobody disables their own account: it would sign them out for good, with nobody told. */
public class OwnAccountStaysEnabled extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public OwnAccountStaysEnabled() {
        super("rule.ownAccountStaysEnabled");
    }
}
