package dimple.domain.coaching;

import dimple.domain.shared.RuleViolation;

/** A leader does not assess their own behaviour; another leader of their team or HR does. */
public class NobodyAssessesThemselves extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NobodyAssessesThemselves() {
        super("rule.nobodyAssessesThemselves");
    }
}
