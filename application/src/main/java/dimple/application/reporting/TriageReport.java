package dimple.application.reporting;

/**
 * A leader of the report's team decides what happens to it.
 *
 * @param decision NOTED (closed with a note the reporter reads), REVIEW (a blameless review) or
 *                 DUPLICATE (of the report {@code duplicateOf})
 * @param note what the reporter is told; required for NOTED
 * @param duplicateOf the id of the original report, for DUPLICATE
 * @param reviewId for REVIEW: an open review of the team that this report joins; null opens a new one
 * @param expectedVersion the report's version the caller saw (If-Match), or null not to check
 */
public record TriageReport(String reportId, String decision, String note, String duplicateOf, String reviewId, Long expectedVersion) {
    /** The decisions of a triage, by their API names. */
    public enum Decision {
        NOTED, REVIEW, DUPLICATE
    }
}
