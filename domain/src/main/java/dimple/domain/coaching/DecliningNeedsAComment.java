package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** An employee who declines a coaching record says why; the comment is kept with the record and goes into every export. */
public class DecliningNeedsAComment extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public DecliningNeedsAComment() {
        super("rule.decliningNeedsAComment");
    }
}
