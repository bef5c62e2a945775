package dimple.domain.coaching;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/** The employee acknowledged a coaching record shared with them, so its coach can be told. Ids only, never the comment. */
public record CoachingRecordAcknowledged(String recordId, String employeeAccountId, String coachAccountId, Instant occurredAt)
        implements DomainEvent {

    public CoachingRecordAcknowledged {
        Objects.requireNonNull(recordId);
        Objects.requireNonNull(employeeAccountId);
        Objects.requireNonNull(coachAccountId);
        Objects.requireNonNull(occurredAt);
    }

    @Override
    public String aggregate() {
        return "coaching-record:" + recordId;
    }
}
