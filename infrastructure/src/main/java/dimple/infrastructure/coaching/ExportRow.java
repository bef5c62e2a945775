package dimple.infrastructure.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One coaching record as the export shows it: names instead of ids, every value as text. */
record ExportRow(String id, String employee, String employeeName, String team, String coach, String coachName, String heldOn,
                 String topic, String expectation, String observations, String agreedActions, String followUpOn, String lessons,
                 String status, String sharedAt, String employeeResponse, String employeeComment, String respondedAt, String closedAt,
                 String retainUntil, String assessmentId) {
    /** The column headings, in the order of {@link #values()}. */
    static final List<String> HEADERS = List.of("Record id", "Employee", "Employee name", "Team", "Coach", "Coach name", "Held on", "Topic",
            "Expectation", "Observations", "Agreed actions", "Follow-up on", "Lessons", "Status", "Shared at", "Employee response",
            "Employee comment", "Responded at", "Closed at", "Retain until", "Assessment id");

    List<String> values() {
        return java.util.Arrays.asList(id, employee, employeeName, team, coach, coachName, heldOn, topic, expectation, observations,
                agreedActions, followUpOn, lessons, status, sharedAt, employeeResponse, employeeComment, respondedAt, closedAt, retainUntil,
                assessmentId);
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        }
        return value.toString();
    }
}
