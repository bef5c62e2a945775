package dimple.application.reporting;

/**
 * The reporter takes a report back before it is triaged.
 *
 * @param expectedVersion the version the caller saw (from If-Match), or null not to check
 */
public record WithdrawReport(String reportId, Long expectedVersion) {
}
