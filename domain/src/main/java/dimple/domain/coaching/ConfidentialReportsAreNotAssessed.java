package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** A confidential report stays on the learning side: no assessment may be opened on it (the firewall). */
public class ConfidentialReportsAreNotAssessed extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ConfidentialReportsAreNotAssessed() {
        super("rule.confidentialReportsAreNotAssessed");
    }
}
