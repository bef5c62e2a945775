package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** A question is answered once; this one has an answer already. */
public class QuestionAnsweredAlready extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public QuestionAnsweredAlready() {
        super("rule.questionAnsweredAlready");
    }
}
