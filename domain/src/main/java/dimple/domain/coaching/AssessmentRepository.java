package dimple.domain.coaching;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Optional;

/** Where assessments are kept. Lists are newest first. */
public interface AssessmentRepository {
    Optional<Assessment> findById(String id);

    void save(Assessment assessment);

    /** The assessments this viewer may see (see {@link Assessment#isVisibleTo}). */
    Page<Assessment> visibleTo(CoachingViewer viewer, PageRequest page);

    /**
     * Deletes every assessment whose retention date is before this day; returns how many. Coaching
     * records that followed one keep standing on their own.
     */
    int deleteRetainedUntilBefore(LocalDate day);
}
