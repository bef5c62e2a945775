package dimple.domain.reporting;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A leader of the team triaged a report: {@code outcome} is the report's new state ({@code NOTED},
 * {@code IN_REVIEW} or {@code DUPLICATE}). Into review, {@code reviewId} names the review it goes into
 * (an open one of the team, or a new one to be opened under that id); a duplicate names the original's
 * receipt. The reporter's account id is here only so that they, and nobody else, can be told; null for an
 * anonymous report, whose reporter reads what happened with their receipt code.
 */
public record ReportTriaged(String reportId, String teamId, String number, String title, String outcome, String note, String reviewId,
                            String originalNumber, String reporterAccountId, String triagedByAccountId, Instant occurredAt)
        implements DomainEvent {

    public ReportTriaged {
        Objects.requireNonNull(reportId);
        Objects.requireNonNull(teamId);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(triagedByAccountId);
        Objects.requireNonNull(occurredAt);
    }

    /** The report went into a blameless review. */
    public boolean intoReview() {
        return "IN_REVIEW".equals(outcome);
    }

    @Override
    public String aggregate() {
        return "report:" + reportId;
    }
}
