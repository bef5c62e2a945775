package dimple.domain.reporting;

/** What leaders decide about a rule that people bent for customers. */
public enum RuleDecision {
    KEEP, CHANGE, RETIRE
}
