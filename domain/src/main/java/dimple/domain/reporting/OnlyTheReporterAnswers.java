package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** Follow-up questions are answered by the person who filed the report, nobody else. */
public class OnlyTheReporterAnswers extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public OnlyTheReporterAnswers() {
        super("rule.onlyTheReporterAnswers");
    }
}
