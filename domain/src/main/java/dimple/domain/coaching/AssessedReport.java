package dimple.domain.coaching;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What an assessment needs to know about the report it is opened on, and nothing more: never its
 * narrative. A confidential report carries no reporter: its reporter's identity never enters this
 * context.
 *
 * @param reporterAccountId the named reporter's account id; null for a confidential report
 */
public record AssessedReport(String reportId, String number, String teamId, boolean confidential, String reporterAccountId,
                             Instant occurredAt, Instant submittedAt) {
    /** A report filed this soon after the mistake, by the person assessed, counts in their favour. */
    public static final Duration SELF_REPORT_WINDOW = Duration.ofDays(7);

    public AssessedReport {
        Objects.requireNonNull(reportId);
        Objects.requireNonNull(teamId);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(submittedAt);
        if (confidential) {
            reporterAccountId = null;
        }
    }

    /** Did this person file the report about their own mistake within {@link #SELF_REPORT_WINDOW} of it happening? */
    public boolean isTimelySelfReportBy(String accountId) {
        return !confidential && reporterAccountId != null && reporterAccountId.equals(accountId)
                && !submittedAt.isAfter(occurredAt.plus(SELF_REPORT_WINDOW));
    }
}
