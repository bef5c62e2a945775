package dimple.application.reporting;

/** A leader decides about a bent rule of their team: {@code decision} is KEEP, CHANGE or RETIRE. */
public record DecideBentRule(String team, String rule, String decision, String note) {
}
