package dimple.domain.coaching;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Optional;

/** Where coaching records are kept. Lists are ordered by the day held, latest first. */
public interface CoachingRecordRepository {
    Optional<CoachingRecord> findById(String id);

    void save(CoachingRecord record);

    Page<CoachingRecord> search(CoachingRecordQuery query, PageRequest page);

    /** Deletes every record whose retention date is before this day; returns how many. */
    int deleteRetainedUntilBefore(LocalDate day);
}
