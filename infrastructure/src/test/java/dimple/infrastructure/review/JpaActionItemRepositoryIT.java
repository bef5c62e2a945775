package dimple.infrastructure.review;

import static dimple.infrastructure.review.StoredWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.Account;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionPriority;
import dimple.domain.review.ActionQuery;
import dimple.domain.review.ActionStatus;
import dimple.domain.review.ActionType;
import dimple.domain.review.Review;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.RowLocks;
import dimple.infrastructure.persistence.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaActionItemRepositoryIT {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final TestDatabase db = TestDatabase.migrated();
    private final StoredWorld world = new StoredWorld(db);
    private final Review review = world.review();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private ActionItem plan(String title, Account owner, LocalDate due, ActionStatus status) {
        ActionItem item = ActionItem.plan(review, title, ActionType.PREVENTIVE, owner.id(), due, ActionPriority.HIGH, world.lena.id(), NOW);
        if (status == ActionStatus.NOT_DOING) {
            item.moveTo(status, "Replaced by a new terminal", NOW);
        } else if (status != ActionStatus.OPEN) {
            item.moveTo(status, null, NOW);
        }
        db.run(em -> new JpaActionItemRepository(em).save(item));
        return item;
    }

    private Page<ActionItem> search(ActionQuery query) {
        return db.inTransaction(em -> new JpaActionItemRepository(em).search(query, PageRequest.first(20)));
    }

    @Test
    void anItem_keepsEverythingItWasPlannedWith_andItsMoves() {
        ActionItem item = plan("Switch on the timeout screen 😀", world.emma, TODAY.plusDays(3), ActionStatus.NOT_DOING);

        ActionItem stored = db.inTransaction(em -> new JpaActionItemRepository(em).findById(item.id()).orElseThrow());

        assertThat(stored.title()).isEqualTo("Switch on the timeout screen 😀");
        assertThat(stored.dueDate()).isEqualTo(TODAY.plusDays(3));
        assertThat(stored.priority()).isEqualTo(ActionPriority.HIGH);
        assertThat(stored.type()).isEqualTo(ActionType.PREVENTIVE);
        assertThat(stored.status()).isEqualTo(ActionStatus.NOT_DOING);
        assertThat(stored.reason()).isEqualTo("Replaced by a new terminal");
        assertThat(stored.closedAt()).isEqualTo(NOW);
        assertThat(stored.teamId()).isEqualTo(world.team.id());
    }

    @Test
    void search_listsOpenItemsFirst_byDueDate_soOverdueOnesLead_thenClosedOnes() {
        plan("Done long ago", world.emma, TODAY.minusDays(30), ActionStatus.DONE);
        plan("Next month", world.emma, TODAY.plusDays(30), ActionStatus.OPEN);
        plan("Overdue", world.emma, TODAY.minusDays(2), ActionStatus.IN_PROGRESS);
        plan("Lena's", world.lena, TODAY.minusDays(5), ActionStatus.OPEN);
        plan("Dropped", world.emma, TODAY.minusDays(10), ActionStatus.NOT_DOING);

        Page<ActionItem> emmas = search(ActionQuery.ownedBy(world.emma.id()));

        assertThat(emmas.items()).extracting(ActionItem::title).containsExactly("Overdue", "Next month", "Done long ago", "Dropped");
        assertThat(emmas.total()).isEqualTo(4);
    }

    @Test
    void search_overdue_keepsOpenItemsDueBeforeToday_only() {
        plan("Due today", world.emma, TODAY, ActionStatus.OPEN);
        plan("Overdue", world.emma, TODAY.minusDays(1), ActionStatus.OPEN);
        plan("Overdue but done", world.emma, TODAY.minusDays(1), ActionStatus.DONE);
        plan("Lena's overdue", world.lena, TODAY.minusDays(3), ActionStatus.IN_PROGRESS);

        assertThat(search(ActionQuery.ownedBy(world.emma.id()).overdue(TODAY)).items()).extracting(ActionItem::title)
                .containsExactly("Overdue");
        assertThat(search(ActionQuery.ofTeams(Set.of(world.team.id())).overdue(TODAY)).items()).extracting(ActionItem::title)
                .containsExactly("Lena's overdue", "Overdue");
        assertThat(search(ActionQuery.ofTeams(Set.of(world.otherTeam.id()))).total()).isZero();
    }

    @Test
    void ofReview_listsTheItemsInTheOrderTheyWerePlanned() {
        ActionItem first = plan("First", world.emma, null, ActionStatus.OPEN);
        ActionItem second = plan("Second", world.lena, null, ActionStatus.OPEN);

        List<ActionItem> planned = db.inTransaction(em -> new JpaActionItemRepository(em).ofReview(review.id()));

        assertThat(planned).extracting(ActionItem::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void anActionItemLoadedForAChange_holdsOffAnotherWriterUntilTheCommit() {
        ActionItem item = plan("Check the terminal before a second charge", world.lena, TODAY, ActionStatus.OPEN);
        db.run(em -> {
            new JpaActionItemRepository(em).findForChange(item.id()).orElseThrow();
            RowLocks.assertAnotherWriterWaits(db, "update action_item set status = 'DONE' where id = ?", item.id(), "the action item");
        });
    }
}
