package dimple.application.reporting;

import java.time.Instant;

/**
 * A report in a list ("my reports", a team inbox): the report's fields without the narrative and
 * threads. {@code reporter} and {@code reporterName} follow the same rule as in {@link ReportView}.
 *
 * @param questionsWaiting follow-up questions the reporter has not answered yet
 * @param bentRule the rule bent for a customer, if any
 * @param awaitingRecoveryCase its kind needs a recovery case (docs/adr/0051) and it names no affected customer yet
 */
public record ReportSummary(String id, String number, Instant submittedAt, String status, String title, Instant occurredAt, String team,
                            String kind, String customerImpact, String reporterMode, String reporter, String reporterName,
                            long questionsWaiting, String bentRule, boolean yours, boolean awaitingRecoveryCase) implements java.io.Serializable {
}
