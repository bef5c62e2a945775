package dimple.application.reporting;

import java.time.Instant;
import java.util.List;

/**
 * One rule of the bent-rules register (API.md {@code {rule, count, reports[], decision?}}): how
 * often people of a team bent it for customers, the reports behind it, and the leaders' decision.
 * The reports never name their reporters.
 */
public record BentRuleEntry(String team, String rule, int count, List<BentRuleReport> reports, DecisionView decision) implements java.io.Serializable {

    public record BentRuleReport(String id, String number, String title, Instant submittedAt, String reason, String valueCreated) implements java.io.Serializable {
    }

    /** KEEP, CHANGE or RETIRE, with the leaders' note. */
    public record DecisionView(String decision, String note, Instant decidedAt, String decidedBy, String decidedByName) implements java.io.Serializable {
    }
}
