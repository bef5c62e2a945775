package dimple.application.reporting;

/** What a triage did: the report's new status and, for a review, the review's id (API: {@code {status, reviewId?}}). */
public record TriageOutcome(String reportId, String status, String reviewId) {
}
