package dimple.infrastructure.coaching;

import dimple.application.coaching.ExportWords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One coaching record as the export shows it: names instead of ids, every value as text. */
record ExportRow(String id, String employee, String employeeName, String team, String coach, String coachName, String heldOn,
                 String topic, String expectation, String observations, String agreedActions, String followUpOn, String lessons,
                 String status, String sharedAt, String employeeResponse, String employeeComment, String respondedAt, String closedAt,
                 String retainUntil, String assessmentId) {
    /** The columns, in the order of {@link #values()}: each heading is the word {@code export.coaching.column.<name>}. */
    static final List<String> COLUMNS = List.of("id", "employee", "employeeName", "team", "coach", "coachName", "heldOn", "topic",
            "expectation", "observations", "agreedActions", "followUpOn", "lessons", "status", "sharedAt", "employeeResponse",
            "employeeComment", "respondedAt", "closedAt", "retainUntil", "assessmentId");

    /** The column headings in the export's words, in the order of {@link #values()}. */
    static List<String> headers(ExportWords words) {
        return COLUMNS.stream().map(column -> column(words, column)).toList();
    }

    /** One column's heading in the export's words. */
    static String column(ExportWords words, String name) {
        return words.text("export.coaching.column." + name);
    }

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
