package dimple.domain.coaching;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The employee declined a coaching record shared with them, with a comment, so its coach can be told.
 * Ids only: the comment stays with the record, which only the coach, the employee and HR may read.
 */
public record CoachingRecordDeclined(String recordId, String employeeAccountId, String coachAccountId, Instant occurredAt)
        implements DomainEvent {

    public CoachingRecordDeclined {
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
