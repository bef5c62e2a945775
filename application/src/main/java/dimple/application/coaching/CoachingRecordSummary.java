package dimple.application.coaching;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a list of coaching records. {@code awaitsYou}: the viewer is the employee and has not answered yet. */
public record CoachingRecordSummary(String id, String employee, String employeeName, String coach, String coachName, String team,
                                    LocalDate heldAt, String topic, LocalDate followUpDate, String status, String employeeResponse,
                                    Instant respondedAt, boolean awaitsYou) implements java.io.Serializable {
}
