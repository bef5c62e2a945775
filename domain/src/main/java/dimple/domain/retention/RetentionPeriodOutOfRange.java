package dimple.domain.retention;

import dimple.domain.shared.RuleViolation;

/** A retention period is between {@link RetentionPeriod#MIN_MONTHS} and {@link RetentionPeriod#MAX_MONTHS} months. */
public class RetentionPeriodOutOfRange extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public RetentionPeriodOutOfRange() {
        super("rule.retentionPeriodOutOfRange", RetentionPeriod.MIN_MONTHS, RetentionPeriod.MAX_MONTHS);
    }
}
