package dimple.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.shared.AccessRefused;
import dimple.application.shared.English;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.StaleRecord;
import dimple.domain.review.ActionCannotMove;
import dimple.domain.review.NotDoingNeedsAReason;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionServiceTest {
    private final ReviewFixture world = new ReviewFixture();
    private final String reviewId = world.reviewOfEmmasReport("NAMED");

    private ActionView plan(String title, String owner, LocalDate due) {
        return world.as("lena").review.planAction(new PlanAction(reviewId, title, "PREVENTIVE", owner, due, null));
    }

    private ActionView move(String who, ActionView action, String status, String reason) {
        return world.as(who).action.move(new ChangeActionStatus(action.id(), status, reason, null));
    }

    @Test
    void myActions_showOpenOnesFirst_theOverdueLeading_thenTheClosedOnes() {
        ActionView later = plan("Later", "emma", LocalDate.of(2026, 12, 20));
        ActionView soon = plan("Soon", "emma", LocalDate.of(2026, 11, 24));
        ActionView done = plan("Done already", "emma", LocalDate.of(2026, 11, 23));
        plan("Lena's own", "lena", null);
        move("emma", done, "DONE", null);
        world.world.clock.advance(Duration.ofDays(2));

        List<ActionView> mine = world.as("emma").action.mine(0, 20).items();

        assertThat(mine).extracting(ActionView::title).containsExactly("Soon", "Later", "Done already");
        assertThat(mine).extracting(ActionView::overdue).containsExactly(true, false, false);
        assertThat(mine.get(0).reviewTitle()).isEqualTo("Guest charged twice");
        assertThat(mine.get(0).nextStatuses()).containsExactly("IN_PROGRESS", "DONE", "NOT_DOING");
        assertThat(later.id()).isNotEqualTo(soon.id());
    }

    @Test
    void teamActions_areForLeaders_ofTheirTeams() {
        plan("Switch on the timeout screen", "emma", null);

        assertThat(world.as("lena").action.team(null, 0, 20).items()).extracting(ActionView::owner).containsExactly("emma");
        assertThat(world.as("lena").action.team("Front Desk", 0, 20).total()).isEqualTo(1);
        assertThat(world.as("leo").action.team(null, 0, 20).items()).isEmpty();
        assertThatThrownBy(() -> world.as("leo").action.team("Front Desk", 0, 20)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theOwner_movesTheirItemOn_andTheHistoryOfTheReviewShowsIt() {
        ActionView action = plan("Switch on the timeout screen", "emma", null);

        ActionView started = move("emma", action, "IN_PROGRESS", null);
        ActionView done = move("emma", started, "DONE", null);

        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.closedAt()).isNotNull();
        assertThat(done.nextStatuses()).isEmpty();
        assertThat(world.as("lena").review.history(reviewId, 0, 20).items().get(0)).satisfies(h -> {
            assertThat(English.of(h.subject())).isEqualTo("Action \u201CSwitch on the timeout screen\u201D");
            assertThat(h.field()).isEqualTo("status");
            assertThat(h.oldValue()).isEqualTo("IN_PROGRESS");
            assertThat(h.newValue()).isEqualTo("DONE");
            assertThat(h.actor()).isEqualTo("emma");
        });
    }

    @Test
    void notDoing_needsAReason() {
        ActionView action = plan("Switch on the timeout screen", "emma", null);

        assertThatThrownBy(() -> move("emma", action, "NOT_DOING", " ")).isInstanceOf(NotDoingNeedsAReason.class);
        ActionView dropped = move("lena", action, "NOT_DOING", "The terminal is replaced next week");

        assertThat(dropped.status()).isEqualTo("NOT_DOING");
        assertThat(dropped.reason()).isEqualTo("The terminal is replaced next week");
    }

    @Test
    void aFinalState_staysFinal() {
        ActionView action = plan("Switch on the timeout screen", "emma", null);
        move("emma", action, "DONE", null);

        assertThatThrownBy(() -> move("emma", action, "OPEN", null)).isInstanceOf(ActionCannotMove.class);
    }

    @Test
    void someoneWhoMaySeeTheItemButNotMoveIt_isRefused_andSomeoneWhoMayNotSeeIt_getsNotFound() {
        ActionView action = plan("Switch on the timeout screen", "emma", null);
        world.as("lena").review.edit(new EditReview(reviewId, null, null, null, null, null, null, null, null, null, null, null,
                List.of("eli"), null, null));

        assertThatThrownBy(() -> move("eli", action, "DONE", null)).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> move("leo", action, "DONE", null)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> world.as("leo").action.find(action.id())).isInstanceOf(RecordNotFound.class);
        assertThat(world.as("eli").action.find(action.id()).mayMove()).isFalse();
    }

    @Test
    void aStaleVersion_isRefused() {
        ActionView action = plan("Switch on the timeout screen", "emma", null);

        assertThatThrownBy(() -> world.as("emma").action.move(new ChangeActionStatus(action.id(), "DONE", null, action.version() + 1)))
                .isInstanceOf(StaleRecord.class);
    }

    @Test
    void actionsMoveOn_afterTheirReviewIsPublished() {
        ActionView action = plan("Switch on the timeout screen", "emma", null);
        world.review.addFactor(new AddFactor(reviewId, "TOOLS", "No timeout screen", List.of(), null));
        world.review.move(new MoveReview(reviewId, "IN_REVIEW", null, null));
        world.review.move(new MoveReview(reviewId, "APPROVED", null, null));
        world.review.move(new MoveReview(reviewId, "PUBLISHED", null, null));

        assertThat(move("emma", action, "DONE", null).status()).isEqualTo("DONE");
    }

    @Test
    void theDashboard_countsAndListsOverdueItems_ofMineAndOfTheTeamsILead() {
        plan("Mine, overdue soon", "lena", LocalDate.of(2026, 11, 24));
        plan("Emma's, overdue soon", "emma", LocalDate.of(2026, 11, 25));
        plan("Emma's, later", "emma", LocalDate.of(2026, 12, 30));
        world.world.clock.advance(Duration.ofDays(3));

        ActionCounts lenas = world.as("lena").action.counts();
        ActionCounts emmas = world.as("emma").action.counts();

        assertThat(lenas).isEqualTo(new ActionCounts(1, 1, 2));
        assertThat(emmas).isEqualTo(new ActionCounts(2, 1, 0));
        assertThat(world.as("lena").action.overdue()).extracting(ActionView::title)
                .containsExactly("Mine, overdue soon", "Emma's, overdue soon");
        assertThat(world.as("hana").action.counts()).isEqualTo(new ActionCounts(0, 0, 0));
        assertThat(world.as("hana").action.overdue()).isEmpty();
    }
}
