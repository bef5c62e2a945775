package dimple.application.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One coaching record, for its coach, the employee and HR, with what the viewer may do with it now.
 *
 * @param employeeResponse {@code ACKNOWLEDGED} or {@code DECLINED} once the employee answered (kept after closing)
 */
public record CoachingRecordView(String id, String employee, String employeeName, String coach, String coachName, String team,
                                 String assessmentId, LocalDate heldAt, String topic, String expectation, String observations,
                                 String agreedActions, LocalDate followUpDate, List<String> lessonIds, LocalDate retainUntil, String status,
                                 Instant createdAt, Instant sharedAt, String employeeResponse, String employeeComment, Instant respondedAt,
                                 Instant closedAt, long version, boolean mayRevise, boolean mayShare, boolean mayRespond, boolean mayClose) implements java.io.Serializable {
}
