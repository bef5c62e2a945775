package dimple.domain.coaching;

import dimple.domain.retention.Due;
import java.time.LocalDate;

/**
 * Coaching records past retention: kept until before {@code today} by their own date, or held before
 * {@code heldBefore} when the organisation set a maximum (null: no maximum).
 */
public interface CoachingRecordsPastRetention {
    Due due(LocalDate today, LocalDate heldBefore);

    /** Deletes up to {@code max} such records (with their lessons links); returns how many. */
    int deleteNext(LocalDate today, LocalDate heldBefore, int max);
}
