package dimple.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionItemTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String TEAM = "team-front-desk";

    private final Account lena = person("lena", Set.of(Role.LEADER), TEAM);
    private final Account emma = person("emma", Set.of(Role.EMPLOYEE), null);
    private final Account eli = person("eli", Set.of(Role.EMPLOYEE), null);
    private final Review review = Review.open("report-1", TEAM, "Guest charged twice", lena.id(), NOW);

    private static Account person(String username, Set<Role> roles, String leads) {
        Account account = Account.open(username, username, "hash", roles, NOW);
        account.assignTeams(Set.of(), leads == null ? Set.of() : Set.of(leads));
        return account;
    }

    private ActionItem action(LocalDate due) {
        return ActionItem.plan(review, "  Add a 'timed out' screen to the terminal  ", ActionType.PREVENTIVE, emma.id(), due,
                ActionPriority.HIGH, lena.id(), NOW);
    }

    private ActionItem in(ActionStatus status) {
        ActionItem item = action(null);
        switch (status) {
            case OPEN -> { }
            case IN_PROGRESS -> item.moveTo(ActionStatus.IN_PROGRESS, null, NOW);
            case DONE -> item.moveTo(ActionStatus.DONE, null, NOW);
            case NOT_DOING -> item.moveTo(ActionStatus.NOT_DOING, "The terminal is replaced", NOW);
        }
        item.takeChanges();
        return item;
    }

    @Test
    void plan_opensTheItem_forTheReviewsTeam_withTheGivenDueDateAndPriority() {
        ActionItem item = action(LocalDate.of(2026, 12, 15));

        assertThat(item.title()).isEqualTo("Add a 'timed out' screen to the terminal");
        assertThat(item.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(item.reviewId()).isEqualTo(review.id());
        assertThat(item.teamId()).isEqualTo(TEAM);
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(item.priority()).isEqualTo(ActionPriority.HIGH);
        assertThat(item.takeChanges()).containsExactly(new FieldChange("action", null, "Add a 'timed out' screen to the terminal"));
        assertThat(item.takeEvents()).containsExactly(new ActionItemPlanned(item.id(), review.id(), TEAM,
                "Add a 'timed out' screen to the terminal", emma.id(), lena.id(), LocalDate.of(2026, 12, 15), NOW));
    }

    @Test
    void reachingAFinalState_isTold_movingOnBeforeItIsNot() {
        ActionItem done = action(null);
        ActionItem dropped = action(null);
        done.takeEvents();
        dropped.takeEvents();

        done.moveTo(ActionStatus.IN_PROGRESS, null, NOW);
        assertThat(done.takeEvents()).isEmpty();
        done.moveTo(ActionStatus.DONE, null, NOW.plusSeconds(60));
        dropped.moveTo(ActionStatus.NOT_DOING, "The terminal is replaced", NOW.plusSeconds(60));

        assertThat(done.takeEvents()).containsExactly(new ActionItemClosed(done.id(), review.id(), "DONE", NOW.plusSeconds(60)));
        assertThat(dropped.takeEvents()).containsExactly(new ActionItemClosed(dropped.id(), review.id(), "NOT_DOING", NOW.plusSeconds(60)));
    }

    @Test
    void plan_withoutATitle_isRefused() {
        assertThatThrownBy(() -> ActionItem.plan(review, " ", ActionType.CORRECTIVE, emma.id(), null, null, lena.id(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"OPEN, IN_PROGRESS", "OPEN, DONE", "IN_PROGRESS, DONE"})
    void allowedMoves_areRecorded(ActionStatus from, ActionStatus to) {
        ActionItem item = in(from);

        item.moveTo(to, null, NOW.plusSeconds(60));

        assertThat(item.status()).isEqualTo(to);
        assertThat(item.takeChanges()).containsExactly(new FieldChange("status", from.name(), to.name()));
        assertThat(item.closedAt()).isEqualTo(to.isClosed() ? NOW.plusSeconds(60) : null);
    }

    @ParameterizedTest(name = "{0} -> NOT_DOING with a reason")
    @CsvSource({"OPEN", "IN_PROGRESS"})
    void notDoing_withAReason_isRecordedWithTheReason(ActionStatus from) {
        ActionItem item = in(from);

        item.moveTo(ActionStatus.NOT_DOING, " The terminal is replaced next week ", NOW);

        assertThat(item.status()).isEqualTo(ActionStatus.NOT_DOING);
        assertThat(item.reason()).isEqualTo("The terminal is replaced next week");
        assertThat(item.takeChanges()).containsExactly(new FieldChange("status", from.name(), "NOT_DOING"),
                new FieldChange("reason", null, "The terminal is replaced next week"));
    }

    @Test
    void notDoing_withoutAReason_isRefused() {
        ActionItem item = in(ActionStatus.IN_PROGRESS);

        assertThatThrownBy(() -> item.moveTo(ActionStatus.NOT_DOING, "  ", NOW)).isInstanceOf(NotDoingNeedsAReason.class);
        assertThat(item.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(item.takeChanges()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @CsvSource({"IN_PROGRESS, OPEN", "IN_PROGRESS, IN_PROGRESS", "OPEN, OPEN", "DONE, OPEN", "DONE, IN_PROGRESS", "DONE, NOT_DOING",
            "NOT_DOING, DONE", "NOT_DOING, OPEN", "DONE, DONE"})
    void backwardMoves_andMovesOutOfAFinalState_areRefused(ActionStatus from, ActionStatus to) {
        ActionItem item = in(from);

        assertThatThrownBy(() -> item.moveTo(to, "because", NOW)).isInstanceOf(ActionCannotMove.class);
        assertThat(item.status()).isEqualTo(from);
    }

    @Test
    void anItem_isOverdueTheDayAfterItsDueDate_untilItIsDoneOrDropped() {
        ActionItem item = action(LocalDate.of(2026, 11, 25));

        assertThat(item.isOverdueOn(LocalDate.of(2026, 11, 25))).isFalse();
        assertThat(item.isOverdueOn(LocalDate.of(2026, 11, 26))).isTrue();
        item.moveTo(ActionStatus.DONE, null, NOW);
        assertThat(item.isOverdueOn(LocalDate.of(2026, 11, 26))).isFalse();
    }

    @Test
    void theOwner_andLeadersOfTheTeam_moveAnItem_nobodyElse() {
        ActionItem item = action(null);

        assertThat(item.mayBeMovedBy(emma)).isTrue();
        assertThat(item.mayBeMovedBy(lena)).isTrue();
        assertThat(item.mayBeMovedBy(eli)).isFalse();
    }

    @Test
    void anItemMovesOn_afterItsReviewIsPublished() {
        ActionItem item = action(null);
        review.addFactor(FactorCategory.TOOLS, "No timeout screen", java.util.List.of(), NOW);
        review.submitForReview(NOW);
        review.approve(java.util.List.of(item), NOW);
        review.publish(java.util.List.of(item), NOW);

        item.moveTo(ActionStatus.DONE, null, NOW.plusSeconds(3600));

        assertThat(item.status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void revise_whileTheReviewIsDrafting_correctsTheItem_andRecordsOnlyWhatChanged() {
        ActionItem item = in(ActionStatus.IN_PROGRESS);

        item.revise(review, "Show 'timed out' on the terminal", ActionType.PREVENTIVE, eli.id(), LocalDate.of(2026, 12, 24), null, NOW);

        assertThat(item.title()).isEqualTo("Show 'timed out' on the terminal");
        assertThat(item.ownerAccountId()).isEqualTo(eli.id());
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(item.priority()).as("null keeps the priority").isEqualTo(ActionPriority.HIGH);
        assertThat(item.status()).as("its own state is left alone").isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(item.takeChanges()).extracting(FieldChange::field).containsExactly("title", "owner", "dueDate");
    }

    @Test
    void revise_afterTheReviewLeftDrafting_orOnceTheItemIsClosed_isRefused() {
        ActionItem done = in(ActionStatus.DONE);
        assertThatThrownBy(() -> done.revise(review, "Other", ActionType.PREVENTIVE, emma.id(), null, null, NOW))
                .isInstanceOf(ClosedActionsAreKept.class);

        ActionItem open = in(ActionStatus.OPEN);
        review.addFactor(FactorCategory.TOOLS, "No result after a timeout", java.util.List.of(), NOW);
        review.submitForReview(NOW);
        assertThatThrownBy(() -> open.revise(review, "Other", ActionType.PREVENTIVE, emma.id(), null, null, NOW))
                .isInstanceOf(OnlyDraftsAreCorrected.class);
        assertThat(open.title()).isEqualTo("Add a 'timed out' screen to the terminal");
    }
}
