package dimple.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.learning.NotificationView;
import dimple.domain.learning.Notification;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A notification stores facts; the web tier renders exactly the English people read before (ADR 20). */
class ShownNotificationTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private static String english(Notification n) {
        return ShownNotification.text(new NotificationView(n.id(), n.kind().name(), n.message(), n.link(), n.createdAt(), n.readAt(), n.dayOnly()),
                Locale.ENGLISH);
    }

    @Test
    void eachKind_readsAsBefore() {
        assertThat(english(Notification.reportTriaged("a", "MR-1", "Wrong room", "NOTED", null, "The encoder is replaced.", null, NOW)))
                .isEqualTo("Your report MR-1 (\u201CWrong room\u201D) was noted by the team's leaders; no review is needed."
                        + " Note from the team: The encoder is replaced.");
        assertThat(english(Notification.reportTriaged("a", "MR-1", "Wrong room", "IN_REVIEW", null, null, null, NOW)))
                .isEqualTo("Your report MR-1 (\u201CWrong room\u201D) goes into a blameless review. Thank you: this is how the team learns.");
        assertThat(english(Notification.reportTriaged("a", "MR-2", "Again", "DUPLICATE", "MR-1", null, null, NOW)))
                .isEqualTo("Your report MR-2 (\u201CAgain\u201D) tells of the same thing as report MR-1, which the team is already looking into."
                        + " Thank you for reporting it too.");
        assertThat(english(Notification.reportTriaged("a", "MR-2", "It's {0}", "OTHER", null, null, null, NOW)))
                .isEqualTo("Your report MR-2 (\u201CIt's {0}\u201D) was triaged.");
        assertThat(english(Notification.reviewPublished("a", "MR-1", "Check the room.", null, NOW)))
                .isEqualTo("The review of your report MR-1 is published. What changes because you reported: Check the room.");
        assertThat(english(Notification.actionAssigned("a", "Add a step", "2026-11-30", null, NOW)))
                .isEqualTo("You own a new action item: \u201CAdd a step\u201D, due 2026-11-30.");
        assertThat(english(Notification.lessonImplemented("a", "Wrong room", "Check the room.", null, NOW)))
                .isEqualTo("Here is what changed because you reported: every action of the lesson \"Wrong room\" is done. Check the room.");
        assertThat(english(Notification.to("a", dimple.domain.learning.NotificationKind.REPORT_TRIAGED, "Your report as written.", null, NOW)))
                .isEqualTo("Your report as written.");
    }

    @Test
    void aLongText_isCutAtTheLimitAsBefore() {
        String text = english(Notification.reviewPublished("a", "MR-1", "x".repeat(2000), null, NOW));
        assertThat(text).hasSize(Notification.MAX_TEXT).endsWith("…");
    }
}
