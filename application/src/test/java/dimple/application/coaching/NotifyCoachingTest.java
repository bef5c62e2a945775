package dimple.application.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.review.ReviewFixture;
import dimple.application.shared.English;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who is told in the app when a coaching record is shared and answered: the employee, then its coach;
 * and that the words tell nothing of the record, only that there is one and where it is.
 */
class NotifyCoachingTest {
    private final CoachingFixture lane = new CoachingFixture();
    private final ReviewFixture.Notifications notifications = new ReviewFixture.Notifications();

    NotifyCoachingTest() {
        lane.world.events.handle(new NotifyCoachingRecordShared(notifications, new dimple.application.shared.InMemoryMailbox()))
                .handle(new NotifyCoachingRecordAcknowledged(notifications))
                .handle(new NotifyCoachingRecordDeclined(notifications));
    }

    private List<Notification> toldTo(String username) {
        String id = lane.world.accounts.get(username).id();
        return notifications.all.stream().filter(n -> n.isFor(id)).toList();
    }

    @Test
    void aDraft_tellsNobody() {
        lane.draftRecord("lena", "emma", "Card terminal time-outs");

        assertThat(notifications.all).isEmpty();
    }

    @Test
    void sharing_tellsTheEmployee_forAcknowledgement_withALinkAndNothingOfTheRecord() {
        String id = lane.sharedRecord("lena", "emma", "Card terminal time-outs");

        assertThat(toldTo("emma")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.COACHING_RECORD_SHARED);
            assertThat(n.facts()).isEmpty();
            assertThat(n.link()).isEqualTo("coaching/record.xhtml?id=" + id);
            assertThat(English.of(n.message())).isEqualTo("A coaching record was shared with you for acknowledgement.");
        });
        assertThat(toldTo("lena")).isEmpty();
        assertThat(lane.audited("COACHING_RECORD_SHARED")).hasSize(1);
    }

    @Test
    void declining_tellsTheCoach_andAcknowledging_too_butNeverTheComment() {
        String declined = lane.sharedRecord("lena", "emma", "Card terminal time-outs");
        String acknowledged = lane.sharedRecord("lena", "emma", "Handover book");
        notifications.all.clear();

        lane.as("emma").coaching.respond(new RespondToCoachingRecord(declined, "DECLINED", "It was the terminal, not me.", null));
        lane.as("emma").coaching.respond(new RespondToCoachingRecord(acknowledged, "ACKNOWLEDGED", null, null));

        assertThat(toldTo("lena")).satisfiesExactly(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.COACHING_RECORD_DECLINED);
            assertThat(n.link()).isEqualTo("coaching/record.xhtml?id=" + declined);
            assertThat(English.of(n.message())).isEqualTo("A coaching record you wrote was declined, with a comment.");
        }, n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.COACHING_RECORD_ACKNOWLEDGED);
            assertThat(n.link()).isEqualTo("coaching/record.xhtml?id=" + acknowledged);
        });
        assertThat(toldTo("emma")).isEmpty();
        assertThat(lane.world.events.messages).allSatisfy(m -> assertThat(m.event().toString())
                .doesNotContain("terminal").doesNotContain("Handover"));
    }

    @Test
    void theDashboardCounts_theRecordsWaitingForTheEmployeesAnswer() {
        String first = lane.sharedRecord("lena", "emma", "Card terminal time-outs");
        lane.sharedRecord("lena", "emma", "Handover book");
        lane.draftRecord("lena", "emma", "Not shared yet");

        assertThat(lane.as("emma").coaching.awaitingMyAnswer()).isEqualTo(2);
        lane.as("emma").coaching.respond(new RespondToCoachingRecord(first, "ACKNOWLEDGED", null, null));
        assertThat(lane.as("emma").coaching.awaitingMyAnswer()).isEqualTo(1);
        assertThat(lane.as("eli").coaching.awaitingMyAnswer()).isZero();
    }
}
