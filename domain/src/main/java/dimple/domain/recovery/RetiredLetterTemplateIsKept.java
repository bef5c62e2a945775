package dimple.domain.recovery;

import dimple.domain.shared.RuleViolation;

/** A retired letter template stays as it was, so the steps that name it keep meaning what they said. */
public class RetiredLetterTemplateIsKept extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public RetiredLetterTemplateIsKept() {
        super("rule.letterTemplate.retired");
    }
}
