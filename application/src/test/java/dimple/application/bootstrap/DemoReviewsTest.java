package dimple.application.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.review.ReviewFixture;
import dimple.domain.identity.Account;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionStatus;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo shows every screen with something on it: reviews in each state, actions in each state, some overdue. */
class DemoReviewsTest {
    private final ReviewFixture world = new ReviewFixture();

    private Account person(String username) {
        return world.world.accounts.findByUsername(username).orElseThrow();
    }

    private void seed() {
        var w = world.world;
        new DemoReports(w.reports, w.recoveries, w.receipts, w.decisions)
                .seed(person("emma"), person("eli"), person("lena"), person("leo"), w.frontDesk, w.onlineOrders, w.clock.instant());
        new DemoReviews(w.reports, world.reviews, world.actions, world.history, world.lessons, world.notifications)
                .seed(person("emma"), person("eli"), person("lena"), person("leo"), w.frontDesk, w.onlineOrders, w.clock.instant());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 3, 6, 9, 12, 15, 18, 21, 23})
    void demo_seedsAtAnyHourOfTheDay_thoughConfidentialReportsKeepOnlyTheirDay(int hoursLater) {
        world.world.clock.advance(java.time.Duration.ofHours(hoursLater).plusMinutes(17));

        seed();

        assertThat(world.reviews.byId.values().stream().map(Review::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ReviewStatus.values());
    }

    @Test
    void demo_hasAReviewInEveryState_withTimelinesFactorsAndActions() {
        seed();

        assertThat(world.reviews.byId.values().stream().map(Review::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ReviewStatus.values());
        assertThat(world.reviews.byId.values()).allSatisfy(r -> {
            assertThat(r.timeline()).isNotEmpty();
            assertThat(r.factors()).isNotEmpty();
            assertThat(world.actions.ofReview(r.id())).isNotEmpty();
        });
        assertThat(world.lessons.byId).hasSize(1);
        assertThat(world.reviews.byId.values()).filteredOn(r -> r.status() == ReviewStatus.DRAFTING)
                .singleElement().satisfies(r -> assertThat(r.returnReason()).isNotBlank());
    }

    @Test
    void demo_hasActionsInEveryState_someOverdue_forBothAnEmployeeAndALeader() {
        seed();
        LocalDate today = LocalDate.ofInstant(world.world.clock.instant(), ZoneOffset.UTC);

        assertThat(world.actions.byId.values().stream().map(ActionItem::status).collect(Collectors.toSet()))
                .contains(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE);
        Set<String> overdueOwners = world.actions.byId.values().stream().filter(a -> a.isOverdueOn(today))
                .map(ActionItem::ownerAccountId).collect(Collectors.toSet());
        assertThat(overdueOwners).contains(person("emma").id(), person("eli").id(), person("lena").id());
    }

    @Test
    void demo_triagesSomeReports_andLeavesSomeForTheLeadersToTriage() {
        seed();

        Set<ReportStatus> statuses = world.world.reports.all().stream().map(MistakeReport::status).collect(Collectors.toSet());
        assertThat(statuses).contains(ReportStatus.SUBMITTED, ReportStatus.NOTED, ReportStatus.IN_REVIEW, ReportStatus.CLOSED);
        assertThat(world.notifications.all).isNotEmpty()
                .allSatisfy(n -> assertThat(n.recipientAccountId()).isIn(person("emma").id(), person("eli").id(), person("lena").id(),
                        person("leo").id()));
    }

    @Test
    void demo_historyNamesOnlyTheLeadersAndOwnersWhoMadeTheChanges() {
        seed();

        assertThat(world.history.entries).isNotEmpty().allSatisfy(e -> assertThat(e.actorAccountId())
                .isIn(person("lena").id(), person("leo").id(), person("emma").id()));
    }
}
