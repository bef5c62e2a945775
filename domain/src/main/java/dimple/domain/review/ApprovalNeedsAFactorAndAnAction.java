package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/** A review is approved only when it names at least one contributing factor and either plans an action or says why none is needed. */
public class ApprovalNeedsAFactorAndAnAction extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ApprovalNeedsAFactorAndAnAction(boolean factorMissing, boolean actionMissing) {
        super(message(factorMissing, actionMissing));
    }

    private static String message(boolean factorMissing, boolean actionMissing) {
        String factor = "Name at least one contributing factor";
        String action = "plan at least one action item or say why no action is needed";
        if (factorMissing && actionMissing) {
            return "Before approval: " + factor.toLowerCase(java.util.Locale.ROOT) + ", and " + action + ".";
        }
        return factorMissing ? factor + " before approval." : "Before approval, " + action + ".";
    }
}
