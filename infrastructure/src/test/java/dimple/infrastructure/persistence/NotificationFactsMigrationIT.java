package dimple.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.learning.Notification;
import dimple.domain.shared.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V31 turns the English texts of notifications written before V30 back into their facts, only where the
 * facts give back exactly the same words; anything else is kept and shown as written.
 */
class NotificationFactsMigrationIT {
    private static final Map<String, String[]> OLD = Map.of(
            "n1", new String[] {"REPORT_TRIAGED", "Your report MR-2026-0007 (\u201CKey card for the wrong room\u201D) was noted by the team's leaders;"
                    + " no review is needed. Note from the team: The encoder is replaced this week."},
            "n2", new String[] {"REPORT_TRIAGED", "Your report MR-2026-0008 (\u201CSame again\u201D) tells of the same thing as report MR-2026-0007,"
                    + " which the team is already looking into. Thank you for reporting it too."},
            "n3", new String[] {"REVIEW_PUBLISHED", "The review of your report MR-2026-0007 is published. What changes because you reported:"
                    + " Check the room before encoding."},
            "n4", new String[] {"ACTION_ASSIGNED", "You own a new action item: \u201CAdd a timeout step\u201D, due 2026-11-30."},
            "n5", new String[] {"LESSON_IMPLEMENTED", "Here is what changed because you reported: every action of the lesson \"Wrong room\""
                    + " is done. Check the room before encoding."},
            "n6", new String[] {"REPORT_TRIAGED", "Your report MR-2026-0001 goes into a blameless review. Thank you: this is how the team learns."},
            "n7", new String[] {"REVIEW_PUBLISHED", "The review of your report MR-2026-0009 is ready."});

    @Test
    void oldTexts_becomeFacts_whereTheFactsGiveBackTheSameWords_andTheRestIsKeptAsWritten() throws Exception {
        try (TestDatabase db = TestDatabase.empty()) {
            Flyway.configure().configuration(db.flyway().getConfiguration()).target("30").load().migrate();
            try (Connection connection = db.connection()) {
                connection.createStatement().execute("insert into account (id, username, display_name, password_hash, enabled, created_at,"
                        + " password_changed_at) values ('a1', 'emma', 'Emma', 'x', true, current_timestamp, current_timestamp)");
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into notification (id, recipient_account_id, kind, text, created_at) values (?, 'a1', ?, ?, current_timestamp)")) {
                    for (Map.Entry<String, String[]> row : OLD.entrySet()) {
                        insert.setString(1, row.getKey());
                        insert.setString(2, row.getValue()[0]);
                        insert.setString(3, row.getValue()[1]);
                        insert.executeUpdate();
                    }
                }
            }

            db.flyway().migrate();

            Map<String, Notification> after = db.inTransaction(em -> em.createQuery("select n from Notification n", Notification.class)
                    .getResultList().stream().collect(java.util.stream.Collectors.toMap(Notification::id, n -> n)));
            assertThat(after.get("n1").text()).isNull();
            assertThat(after.get("n1").message()).isEqualTo(Message.of("notification.withNote",
                    Message.of("notification.REPORT_TRIAGED.NOTED", "MR-2026-0007", "Key card for the wrong room", null),
                    "The encoder is replaced this week."));
            assertThat(after.get("n2").message()).isEqualTo(
                    Message.of("notification.REPORT_TRIAGED.DUPLICATE", "MR-2026-0008", "Same again", "MR-2026-0007"));
            assertThat(after.get("n3").message()).isEqualTo(
                    Message.of("notification.REVIEW_PUBLISHED", "MR-2026-0007", "Check the room before encoding."));
            assertThat(after.get("n4").message()).isEqualTo(Message.of("notification.ACTION_ASSIGNED", "Add a timeout step", "2026-11-30"));
            assertThat(after.get("n5").message()).isEqualTo(
                    Message.of("notification.LESSON_IMPLEMENTED", "Wrong room", "Check the room before encoding."));
            assertThat(after.get("n6").facts()).as("the demo's wording has no title: kept as written").isEmpty();
            assertThat(after.get("n6").message()).isEqualTo(Message.of("notification.asWritten", OLD.get("n6")[1]));
            assertThat(after.get("n7").message()).isEqualTo(Message.of("notification.asWritten", OLD.get("n7")[1]));
        }
    }

    @Test
    void aReading_isKeptOnlyIfItsFactsGiveBackTheText() {
        assertThat(NotificationFactsMigration.facts("ACTION_ASSIGNED", "You own a new action item: \u201CA\u201D, due 2026-11-30."))
                .contains("A\u001F2026-11-30");
        assertThat(NotificationFactsMigration.facts("ACTION_ASSIGNED", "You own a new action item: \u201CA\u201D, due soon!")).isEmpty();
        assertThat(NotificationFactsMigration.facts("REVIEW_PUBLISHED", "x".repeat(999) + "…")).isEmpty();
    }
}
