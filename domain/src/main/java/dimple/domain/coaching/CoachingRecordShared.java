package dimple.domain.coaching;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The coach shared a coaching record with the employee it is about, who is now asked to acknowledge or
 * decline it. Ids only: nothing of the record's content leaves the lane in it.
 */
public record CoachingRecordShared(String recordId, String employeeAccountId, String coachAccountId, Instant occurredAt)
        implements DomainEvent {

    public CoachingRecordShared {
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
