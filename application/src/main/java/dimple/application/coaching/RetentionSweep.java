package dimple.application.coaching;

import java.time.LocalDate;

/** What one retention sweep deleted: everything retained until a day before {@code day}. */
public record RetentionSweep(LocalDate day, int coachingRecords, int assessments) {
}
