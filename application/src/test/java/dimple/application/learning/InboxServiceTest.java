package dimple.application.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.review.ReviewFixture;
import dimple.application.shared.English;
import dimple.application.reporting.TriageReport;
import org.junit.jupiter.api.Test;

class InboxServiceTest {
    private final ReviewFixture world = new ReviewFixture();

    @Test
    void everybody_readsTheirOwnNotifications_newestFirst_andNobodyElses() {
        var first = world.reportByEmma("CONFIDENTIAL");
        var second = world.reportByEmma("NAMED");
        world.as("lena").triage.triage(new TriageReport(first.id(), "NOTED", "Thanks, noted.", null, null, null));
        world.as("lena").triage.triage(new TriageReport(second.id(), "REVIEW", null, null, null, null));

        assertThat(world.as("emma").inbox.inbox(0, 20).items()).extracting(n -> English.of(n.message()))
                .satisfiesExactly(t -> assertThat(t).contains(second.number()), t -> assertThat(t).contains(first.number()));
        assertThat(world.as("emma").inbox.unread()).isEqualTo(2);
        assertThat(world.as("lena").inbox.inbox(0, 20).total()).isZero();
        assertThat(world.as("eli").inbox.unread()).isZero();
    }

    @Test
    void markAllRead_marksOnlyTheCallersOwn() {
        var report = world.reportByEmma("NAMED");
        world.as("lena").triage.triage(new TriageReport(report.id(), "REVIEW", null, null, null, null));
        world.as("lena").review.planAction(new dimple.application.review.PlanAction(
                world.as("lena").triage.find(report.id()).reviewId(), "Check the terminal", "CORRECTIVE", "leo", null, null));

        world.as("emma").inbox.markAllRead();

        assertThat(world.as("emma").inbox.unread()).isZero();
        assertThat(world.as("emma").inbox.inbox(0, 5).items()).allSatisfy(n -> assertThat(n.unread()).isFalse());
        assertThat(world.as("leo").inbox.unread()).isEqualTo(1);
    }

    @Test
    void openingThePageANotificationLeadsTo_marksOnlyTheCallersNotificationsForThatPageRead() {
        var first = world.reportByEmma("NAMED");
        var second = world.reportByEmma("NAMED");
        world.as("lena").triage.triage(new TriageReport(first.id(), "NOTED", "Thanks, noted.", null, null, null));
        world.as("lena").triage.triage(new TriageReport(second.id(), "NOTED", "Thanks, noted.", null, null, null));

        world.as("lena").inbox.openedPage("report/view.xhtml?id=" + first.id());
        world.as("emma").inbox.openedPage("report/view.xhtml?id=" + first.id().substring(0, 10));
        assertThat(world.as("emma").inbox.unread()).as("another person opening it, or another page, reads nothing").isEqualTo(2);

        world.as("emma").inbox.openedPage("report/view.xhtml?id=" + first.id());

        assertThat(world.as("emma").inbox.inbox(0, 20).items()).extracting(n -> n.link().contains(second.id()), n -> n.unread())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(true, true), org.assertj.core.groups.Tuple.tuple(false, false));
    }
}
