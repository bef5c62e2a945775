package dimple.domain.coaching;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which coaching records to list or export: only those the viewer may see, then narrowed by team,
 * employee and coach (account ids), the day held (from and to inclusive) and status. A null filter
 * does not narrow.
 */
public record CoachingRecordQuery(CoachingViewer viewer, String teamId, String employeeAccountId, String coachAccountId, LocalDate from,
                                  LocalDate to, CoachingStatus status) {
    public CoachingRecordQuery {
        Objects.requireNonNull(viewer);
    }

    public static CoachingRecordQuery visibleTo(CoachingViewer viewer) {
        return new CoachingRecordQuery(viewer, null, null, null, null, null, null);
    }

    /** The same rules as the repository's query, for one record in memory. */
    public boolean matches(CoachingRecord record) {
        return record.isVisibleTo(viewer)
                && (teamId == null || teamId.equals(record.teamId()))
                && (employeeAccountId == null || record.isAbout(employeeAccountId))
                && (coachAccountId == null || record.isCoachedBy(coachAccountId))
                && (from == null || !record.heldOn().isBefore(from))
                && (to == null || !record.heldOn().isAfter(to))
                && (status == null || status == record.status());
    }
}
