package dimple.infrastructure.review;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.review.FieldChange;
import dimple.domain.review.HistoryEntry;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewText;
import dimple.domain.review.TimelineEntry;
import dimple.domain.review.TimelineKind;
import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.H2Indexes;
import dimple.infrastructure.persistence.RowLocks;
import dimple.infrastructure.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many writers of one review at once, through the real repositories, as the write use cases do it (load for
 * a change, which locks the row; UPDATE ... WHERE version = ?; history; commit) and retried on a lost race as
 * they are (ConflictRetry): every change lands, and the review is left whole: still updatable, and on H2 every index of
 * its tables agreeing with the rows (ADR 33). Runs on H2 and, in the build's PostgreSQL rerun, on PostgreSQL.
 */
class ConcurrentReviewWritesIT {
    private static final int WRITERS = 8;
    private static final int ROUNDS = 8;
    private static final int ATTEMPTS = 10;
    private static final ReviewText[] TEXTS = {ReviewText.SUMMARY, ReviewText.WHAT_HAPPENED, ReviewText.WENT_WELL, ReviewText.GOT_LUCKY};

    private final TestDatabase db = TestDatabase.migrated();
    private final StoredWorld world = new StoredWorld(db);

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void eightWritersOfOneReviewAtOnce_allLand_andLeaveTheReviewUpdatableAndItsIndexesTrue() throws Exception {
        List<String> wrong = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Review review = world.review();
                CyclicBarrier start = new CyclicBarrier(WRITERS);
                List<Future<String>> done = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    done.add(pool.submit(() -> {
                        start.await();
                        return write(review.id(), writer);
                    }));
                }
                for (Future<String> f : done) {
                    String outcome = f.get();
                    if (outcome != null) {
                        wrong.add("round " + round + ": " + outcome);
                    }
                }
                wrong.addAll(checked(round, review.id()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aReviewLoadedForAChange_holdsOffAnotherWriterUntilTheCommit() throws Exception {
        Review review = world.review();
        db.run(em -> {
            new JpaReviewRepository(em).findForChange(review.id()).orElseThrow();
            RowLocks.assertAnotherWriterWaits(db, "update review set takeaway = 'Meanwhile' where id = ?", review.id(), "the review");
        });
    }

    /** Half the writers change a text, half add a moment; null when it landed. */
    private String write(String reviewId, int writer) throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                db.run(em -> {
                    JpaReviewRepository reviews = new JpaReviewRepository(em);
                    Review review = reviews.findForChange(reviewId).orElseThrow();
                    Instant now = Instant.now();
                    if (writer % 2 == 0) {
                        review.write(TEXTS[writer / 2], "Text " + writer, now);
                    } else {
                        review.addTimelineEntry(StoredWorld.NOW, "Moment " + writer, TimelineKind.EVENT, now);
                    }
                    reviews.save(review);
                    for (FieldChange change : review.takeChanges()) {
                        new JpaReviewHistory(em).append(HistoryEntry.of(review.id(), null, world.lena.id(), change, now));
                    }
                });
                return null;
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(5L * attempt + ThreadLocalRandom.current().nextLong(5L * attempt + 1));
            }
        }
        return "writer " + writer + " gave up after " + ATTEMPTS + " attempts: " + last;
    }

    private List<String> checked(int round, String reviewId) throws SQLException {
        List<String> wrong = new ArrayList<>();
        Review review = world.load(reviewId);
        for (int w = 0; w < WRITERS; w += 2) {
            if (!("Text " + w).equals(review.text(TEXTS[w / 2]))) {
                wrong.add("round " + round + ": " + TEXTS[w / 2] + " is " + review.text(TEXTS[w / 2]));
            }
        }
        List<String> moments = review.timeline().stream().map(TimelineEntry::text).sorted().collect(Collectors.toList());
        if (!moments.equals(List.of("Moment 1", "Moment 3", "Moment 5", "Moment 7"))) {
            wrong.add("round " + round + ": the timeline is " + moments);
        }
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(db.vendor() == DatabaseVendor.H2 ? "set lock_timeout 1000" : "set lock_timeout = '1s'");
            try (PreparedStatement p = c.prepareStatement("update review set takeaway = ?, updated_at = current_timestamp, version = version + 1 where id = ?")) {
                p.setString(1, "Checked after round " + round);
                p.setString(2, reviewId);
                p.executeUpdate();
            } catch (SQLException e) {
                wrong.add("round " + round + ": the review can no longer be updated: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (db.vendor() == DatabaseVendor.H2) {
                for (String table : List.of("review", "review_timeline_entry", "review_history")) {
                    H2Indexes.disagreements(c, table).forEach(d -> wrong.add("round " + round + ": " + d));
                }
            }
        }
        return wrong;
    }
}
