package dimple.domain.identity;

import dimple.domain.shared.RuleViolation;

/**
 * Separation of duties: whoever manages accounts must not be able to give themselves a way to read
 * reports or coaching records, so an account never holds ADMIN together with LEADER or HR.
 */
public class AdministratorsReadNoRecords extends RuleViolation {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "rule.administratorsReadNoRecords";

    public AdministratorsReadNoRecords() {
        super(CODE);
    }
}
