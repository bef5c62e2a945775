package dimple.domain.identity;

import dimple.domain.shared.RuleViolation;

/** A mail address must be one plain address (name@domain.example), at most 254 characters. */
public class EmailAddressRefused extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public EmailAddressRefused() {
        super("rule.emailAddressRefused");
    }
}
