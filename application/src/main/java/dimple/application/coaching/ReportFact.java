package dimple.application.coaching;

import dimple.domain.coaching.AssessedReport;
import java.time.Instant;

/**
 * What the accountability lane may know about a report. For a confidential report only that it exists,
 * is confidential and belongs to a team: no title and no reporter, so nothing of it can be kept here.
 *
 * @param title the report's title, shown to the leader choosing a report to assess; null when confidential
 * @param reporterAccountId the named reporter's account id; null when confidential
 */
public record ReportFact(String reportId, String number, String title, String teamId, boolean confidential, String reporterAccountId,
                         Instant occurredAt, Instant submittedAt) {
    public ReportFact {
        if (confidential) {
            title = null;
            reporterAccountId = null;
        }
    }

    AssessedReport toAssessed() {
        return new AssessedReport(reportId, number, teamId, confidential, reporterAccountId, occurredAt, submittedAt);
    }
}
