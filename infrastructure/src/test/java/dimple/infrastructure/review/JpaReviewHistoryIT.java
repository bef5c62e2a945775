package dimple.infrastructure.review;

import static dimple.infrastructure.review.StoredWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.review.FieldChange;
import dimple.domain.review.HistoryEntry;
import dimple.domain.review.Review;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaReviewHistoryIT {
    private final TestDatabase db = TestDatabase.migrated();
    private final StoredWorld world = new StoredWorld(db);

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void theHistoryOfAReview_isReadNewestFirst_withLongValuesKeptWhole() {
        Review review = world.review();
        Review other = world.review();
        String longText = "😀".repeat(HistoryEntry.MAX_VALUE);
        db.run(em -> {
            JpaReviewHistory history = new JpaReviewHistory(em);
            history.append(HistoryEntry.of(review.id(), null, world.lena.id(), new FieldChange("status", null, "DRAFTING"), NOW));
            history.append(HistoryEntry.of(review.id(), null, world.emma.id(), new FieldChange("whatHappened", null, longText),
                    NOW.plusSeconds(60)));
            history.append(HistoryEntry.of(other.id(), null, world.lena.id(), new FieldChange("status", null, "DRAFTING"), NOW));
        });

        Page<HistoryEntry> page = db.inTransaction(em -> new JpaReviewHistory(em).ofReview(review.id(), PageRequest.first(20)));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(HistoryEntry::field).containsExactly("whatHappened", "status");
        assertThat(page.items().get(0).newValue()).isEqualTo(longText);
        assertThat(page.items().get(0).actorAccountId()).isEqualTo(world.emma.id());
    }
}
