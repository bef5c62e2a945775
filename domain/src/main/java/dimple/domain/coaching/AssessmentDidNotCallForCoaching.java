package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** A coaching record made from an assessment needs an assessment whose response is COACH. */
public class AssessmentDidNotCallForCoaching extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public AssessmentDidNotCallForCoaching() {
        super("rule.assessmentDidNotCallForCoaching");
    }
}
