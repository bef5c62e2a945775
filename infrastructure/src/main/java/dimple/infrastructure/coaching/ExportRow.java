package dimple.infrastructure.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One coaching record as the export shows it: names and titles instead of ids, days and moments as
 * such (each writer shows them its own way: text in the CSV and PDF, dates in the XLSX), states and
 * responses by their names (each writer shows their labels). The record's own id comes last.
 */
record ExportRow(LocalDate heldOn, String topic, String employeeName, String employee, String team, String coachName, String coach,
                 String status, String employeeResponse, String expectation, String observations, String agreedActions,
                 LocalDate followUpOn, String lessons, Instant sharedAt, String employeeComment, Instant respondedAt, Instant closedAt,
                 LocalDate retainUntil, String assessmentId, String id) {
    /** What a column holds, so each writer can show it its own way. */
    enum Kind { TEXT, DAY, MOMENT, STATUS, RESPONSE }

    /** A column: its name (its heading is the word {@code export.coaching.column.<name>}) and what it holds. */
    record Column(String name, Kind kind) {
    }

    /**
     * The columns, in the order of {@link #values()}: first those of HR's list on screen (held on, topic,
     * employee, team, coach, state, response), then the rest of the record, the ids last.
     */
    static final List<Column> COLUMNS = List.of(new Column("heldOn", Kind.DAY), new Column("topic", Kind.TEXT),
            new Column("employeeName", Kind.TEXT), new Column("employee", Kind.TEXT), new Column("team", Kind.TEXT),
            new Column("coachName", Kind.TEXT), new Column("coach", Kind.TEXT), new Column("status", Kind.STATUS),
            new Column("employeeResponse", Kind.RESPONSE), new Column("expectation", Kind.TEXT), new Column("observations", Kind.TEXT),
            new Column("agreedActions", Kind.TEXT), new Column("followUpOn", Kind.DAY), new Column("lessons", Kind.TEXT),
            new Column("sharedAt", Kind.MOMENT), new Column("employeeComment", Kind.TEXT), new Column("respondedAt", Kind.MOMENT),
            new Column("closedAt", Kind.MOMENT), new Column("retainUntil", Kind.DAY), new Column("assessmentId", Kind.TEXT),
            new Column("id", Kind.TEXT));

    /** The values, in the order of {@link #COLUMNS}: text, {@link LocalDate}, {@link Instant} or null. */
    List<Object> values() {
        return java.util.Arrays.asList(heldOn, topic, employeeName, employee, team, coachName, coach, status, employeeResponse, expectation,
                observations, agreedActions, followUpOn, lessons, sharedAt, employeeComment, respondedAt, closedAt, retainUntil, assessmentId,
                id);
    }
}
