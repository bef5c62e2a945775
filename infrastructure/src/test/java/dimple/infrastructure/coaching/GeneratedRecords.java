package dimple.infrastructure.coaching;

import dimple.domain.shared.Ids;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Inserts many shared coaching records straight through JDBC (much faster than the entity manager),
 * each with about a kilobyte of text, some with a formula-like comment and every tenth with a lesson:
 * test and benchmark data for exports.
 */
public final class GeneratedRecords {
    private GeneratedRecords() {
    }

    public static void insert(Connection connection, int count, String employeeId, String coachId, String teamId) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        String filler = "The payment terminal timed out and the payment was run again; both went through. ".repeat(3);
        try (PreparedStatement record = connection.prepareStatement("insert into coaching_record (id, employee_account_id, coach_account_id, "
                + "team_id, held_on, topic, expectation, observations, agreed_actions, follow_up_on, retain_until, status, created_at, "
                + "shared_at, employee_response, employee_comment, responded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement lesson = connection.prepareStatement("insert into coaching_record_lesson (record_id, lesson_id) values (?, ?)")) {
            LocalDate first = LocalDate.of(2026, 11, 23);
            OffsetDateTime created = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);
            for (int i = 0; i < count; i++) {
                String id = Ids.newId();
                LocalDate held = first.minusDays(i % 700);
                record.setString(1, id);
                record.setString(2, employeeId);
                record.setString(3, coachId);
                record.setString(4, teamId);
                record.setDate(5, Date.valueOf(held));
                record.setString(6, "Record " + i + ": card terminal time-outs");
                record.setString(7, "Check the terminal log before a second attempt. " + filler);
                record.setString(8, "Observed on shift " + i + ". " + filler);
                record.setString(9, "Ask the shift lead when unsure, every time. " + filler);
                record.setDate(10, Date.valueOf(held.plusDays(14)));
                record.setDate(11, Date.valueOf(held.plusYears(2)));
                record.setString(12, i % 2 == 0 ? "DECLINED" : "ACKNOWLEDGED");
                record.setObject(13, created.plusSeconds(i));
                record.setObject(14, created.plusSeconds(i + 60));
                record.setString(15, i % 2 == 0 ? "DECLINED" : "ACKNOWLEDGED");
                record.setString(16, i % 3 == 0 ? "=HYPERLINK(\"http://evil.example\",\"" + i + "\")" : "Comment " + i);
                record.setObject(17, created.plusSeconds(i + 120));
                record.addBatch();
                if (i % 10 == 0) {
                    lesson.setString(1, id);
                    lesson.setString(2, Ids.newId());
                    lesson.addBatch();
                }
                if (i % 1000 == 999) {
                    record.executeBatch();
                    lesson.executeBatch();
                }
            }
            record.executeBatch();
            lesson.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
