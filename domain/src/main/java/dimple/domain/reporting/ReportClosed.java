package dimple.domain.reporting;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The review a report went into was published, so the report is closed. The reporter's account id is
 * here only so that they, and nobody else, can be told what changed because they reported;
 * null for an anonymous report, whose reporter reads it with their receipt code.
 */
public record ReportClosed(String reportId, String number, String reviewId, String reporterAccountId, Instant occurredAt)
        implements DomainEvent {

    public ReportClosed {
        Objects.requireNonNull(reportId);
        Objects.requireNonNull(reviewId);
        Objects.requireNonNull(occurredAt);
    }

    @Override
    public String aggregate() {
        return "report:" + reportId;
    }
}
