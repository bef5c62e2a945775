package dimple.domain.reporting;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The reporter answered a leader's question about a report (its number and title), so the leader who
 * asked can be told. It never names the reporter; for a confidential report {@code occurredAt} is the
 * day only, as the answer's time is ({@link MistakeReport#reporterTime}).
 */
public record QuestionAnswered(String reportId, String questionId, String number, String title, String askedByAccountId, Instant occurredAt)
        implements DomainEvent {

    public QuestionAnswered {
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
