package dimple.domain.reporting;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A leader of the team asked the reporter a question about a report (its number and title). It never
 * names the reporter: whoever tells them looks the report up, so no message about a confidential report
 * carries who filed it.
 */
public record QuestionAsked(String reportId, String questionId, String number, String title, String askedByAccountId, Instant occurredAt)
        implements DomainEvent {

    public QuestionAsked {
        Objects.requireNonNull(reportId);
        Objects.requireNonNull(questionId);
        Objects.requireNonNull(askedByAccountId);
        Objects.requireNonNull(occurredAt);
    }

    @Override
    public String aggregate() {
        return "report:" + reportId;
    }
}
