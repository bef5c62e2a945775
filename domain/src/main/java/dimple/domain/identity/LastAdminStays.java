package dimple.domain.identity;

import dimple.domain.shared.RuleViolation;

/** Dimple always keeps at least one enabled administrator, so nobody is locked out of managing it. */
public class LastAdminStays extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public LastAdminStays() {
        super("rule.lastAdminStays");
    }
}
