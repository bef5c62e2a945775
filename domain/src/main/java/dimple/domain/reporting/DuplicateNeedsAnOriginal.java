package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** A duplicate points at the original report of the same team, which is neither withdrawn nor a duplicate itself. */
public class DuplicateNeedsAnOriginal extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public DuplicateNeedsAnOriginal(String code) {
        super(code);
    }
}
