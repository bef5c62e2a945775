package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/**
 * Timeline moments, contributing factors and action items are corrected or taken out only while the
 * review is being drafted: once the team reviews it, they review what they were shown.
 */
public class OnlyDraftsAreCorrected extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public OnlyDraftsAreCorrected() {
        super("rule.onlyDraftsAreCorrected");
    }
}
