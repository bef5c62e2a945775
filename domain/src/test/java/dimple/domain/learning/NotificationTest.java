package dimple.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.shared.Message;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aNotification_isForItsRecipientOnly_andUnreadUntilRead() {
        Notification n = Notification.to("account-emma", NotificationKind.REPORT_TRIAGED, "Your report was noted.", "report/view.xhtml?id=1", NOW);

        assertThat(n.isFor("account-emma")).isTrue();
        assertThat(n.isFor("account-lena")).isFalse();
        assertThat(n.isRead()).isFalse();
        n.markRead(NOW.plusSeconds(5));
        n.markRead(NOW.plusSeconds(50));
        assertThat(n.readAt()).as("the first reading counts").isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aLongText_isCut_andAnEmptyOneRefused() {
        Notification n = Notification.to("a", NotificationKind.REVIEW_PUBLISHED, "x".repeat(2000), null, NOW);

        assertThat(n.text()).hasSize(Notification.MAX_TEXT).endsWith("…");
        assertThatThrownBy(() -> Notification.to("a", NotificationKind.REVIEW_PUBLISHED, " ", null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNotification_storesItsFacts_notWords_andTheKindSaysWhichMessage() {
        Notification n = Notification.reportTriaged("a", "MR-1", "Wrong\u001Froom", "DUPLICATE", "MR-0", null, null, NOW);

        assertThat(n.text()).isNull();
        assertThat(n.facts()).containsExactly("MR-1", "Wrong room", "DUPLICATE", "MR-0", null);
        assertThat(n.message()).isEqualTo(Message.of("notification.REPORT_TRIAGED.DUPLICATE", "MR-1", "Wrong room", "MR-0"));
        assertThat(Notification.reportTriaged("a", "MR-1", "T", "NOTED", null, "Soon.", null, NOW).message())
                .isEqualTo(Message.of("notification.withNote", Message.of("notification.REPORT_TRIAGED.NOTED", "MR-1", "T", null), "Soon."));
        assertThat(Notification.to("a", NotificationKind.REPORT_TRIAGED, "As written.", null, NOW).message())
                .isEqualTo(Message.of("notification.asWritten", "As written."));
        assertThatThrownBy(() -> Notification.about("a", NotificationKind.ACTION_ASSIGNED, null, NOW, "only one"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewReport_tellsItsNumberAndTitle_andAConfidentialOneIsShownByTheDayOnly() {
        Notification named = Notification.reportSubmitted("lena", "R-1", "Wrong room", "NAMED", "report/view.xhtml?id=1", NOW);
        Notification confidential = Notification.reportSubmitted("lena", "C-1", "Wrong room", "CONFIDENTIAL", "report/view.xhtml?id=2", NOW);

        assertThat(named.message()).isEqualTo(Message.of("notification.REPORT_SUBMITTED", "R-1", "Wrong room"));
        assertThat(confidential.message()).isEqualTo(Message.of("notification.REPORT_SUBMITTED.CONFIDENTIAL", "C-1", "Wrong room"));
        assertThat(named.dayOnly()).isFalse();
        assertThat(confidential.dayOnly()).isTrue();
    }

    @Test
    void questionsAndAnswers_tellTheReport() {
        assertThat(Notification.questionAsked("emma", "R-1", "Wrong room", null, NOW).message())
                .isEqualTo(Message.of("notification.QUESTION_ASKED", "R-1", "Wrong room"));
        Notification answered = Notification.questionAnswered("lena", "C-1", "Wrong room", "CONFIDENTIAL", null, NOW);
        assertThat(answered.message()).isEqualTo(Message.of("notification.QUESTION_ANSWERED", "C-1", "Wrong room"));
        assertThat(answered.dayOnly()).isTrue();
    }

    @Test
    void coachingNotifications_tellNoFacts() {
        Notification shared = Notification.about("emma", NotificationKind.COACHING_RECORD_SHARED, "coaching/record.xhtml?id=1", NOW);

        assertThat(shared.facts()).isEmpty();
        assertThat(shared.message()).isEqualTo(Message.of("notification.COACHING_RECORD_SHARED"));
        assertThat(shared.dayOnly()).isFalse();
    }
}
