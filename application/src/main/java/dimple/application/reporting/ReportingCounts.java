package dimple.application.reporting;

/**
 * Numbers for the dashboard: questions waiting for the caller's answer, and reports of the teams
 * they lead that wait for triage.
 */
public record ReportingCounts(long questionsWaiting, long awaitingTriage) {
}
