package dimple.infrastructure.review;

import static dimple.infrastructure.review.StoredWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.review.ContributingFactor;
import dimple.domain.review.FactorCategory;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewQuery;
import dimple.domain.review.ReviewStatus;
import dimple.domain.review.ReviewText;
import dimple.domain.review.TimelineEntry;
import dimple.domain.review.TimelineKind;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.reporting.JpaMistakeReportRepository;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaReviewRepositoryIT {
    private final TestDatabase db = TestDatabase.migrated();
    private final StoredWorld world = new StoredWorld(db);

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private void change(String reviewId, Consumer<Review> change) {
        db.run(em -> {
            JpaReviewRepository reviews = new JpaReviewRepository(em);
            Review review = reviews.findById(reviewId).orElseThrow();
            change.accept(review);
            reviews.save(review);
        });
    }

    @Test
    void aReview_keepsItsStoryTimelineFactorsWhysPeopleAndTags() {
        Review review = world.review();
        change(review.id(), r -> {
            r.write(ReviewText.WHAT_HAPPENED, "The payment ran twice. 😀", NOW);
            r.addTimelineEntry(NOW.minus(Duration.ofMinutes(5)), "Guest notices", TimelineKind.DETECTION, NOW);
            r.addTimelineEntry(NOW.minus(Duration.ofMinutes(50)), "Terminal times out", TimelineKind.EVENT, NOW);
            r.addTimelineEntry(NOW.minus(Duration.ofMinutes(50)), "Payment run again", TimelineKind.DECISION, NOW);
            r.addFactor(FactorCategory.TOOLS, "No timeout screen", List.of("Never switched on", "Not on the checklist", "No owner"), NOW);
            r.addFactor(FactorCategory.PROCESS, "No step in the guide", List.of(), NOW);
            r.appointFacilitator(world.lena, world.emma, NOW);
            r.inviteParticipants(world.lena, Set.of(world.eli, world.lena), NOW);
            r.tag(List.of("payments", "check-out"), NOW);
        });

        Review stored = world.load(review.id());

        assertThat(stored.text(ReviewText.WHAT_HAPPENED)).isEqualTo("The payment ran twice. 😀");
        assertThat(stored.timeline()).extracting(TimelineEntry::text).containsExactly("Terminal times out", "Payment run again", "Guest notices");
        assertThat(stored.factors()).extracting(ContributingFactor::description).containsExactly("No timeout screen", "No step in the guide");
        assertThat(stored.factors().get(0).whys()).containsExactly("Never switched on", "Not on the checklist", "No owner");
        assertThat(stored.facilitatorAccountId()).contains(world.emma.id());
        assertThat(stored.participantAccountIds()).containsExactlyInAnyOrder(world.eli.id(), world.lena.id());
        assertThat(stored.tags()).containsExactly("payments", "check-out");
        assertThat(stored.reportIds()).hasSize(1);
    }

    @Test
    void theLongestTextsAFieldAllows_fitTheirColumns_evenAsEmoji() {
        Review review = world.review();
        change(review.id(), r -> {
            for (ReviewText field : ReviewText.values()) {
                r.write(field, "😀".repeat(field.max()), NOW);
            }
            r.addTimelineEntry(NOW, "😀".repeat(TimelineEntry.MAX_TEXT), TimelineKind.EVENT, NOW);
            r.addFactor(FactorCategory.POLICY, "😀".repeat(ContributingFactor.MAX_DESCRIPTION),
                    List.of("😀".repeat(ContributingFactor.MAX_WHY)), NOW);
        });

        assertThat(world.load(review.id()).text(ReviewText.WHAT_HAPPENED)).hasSize(2 * ReviewText.WHAT_HAPPENED.max());
    }

    @Test
    void theVersion_changesWithEveryChange_includingANewTimelineEntryOrFactor() {
        Review review = world.review();
        long opened = world.load(review.id()).version();

        change(review.id(), r -> r.addTimelineEntry(NOW, "Something", TimelineKind.EVENT, NOW.plusSeconds(1)));
        long afterEntry = world.load(review.id()).version();
        change(review.id(), r -> r.addFactor(FactorCategory.TOOLS, "Something", List.of("Why"), NOW.plusSeconds(2)));
        long afterFactor = world.load(review.id()).version();
        change(review.id(), r -> r.inviteParticipants(world.lena, Set.of(world.eli), NOW.plusSeconds(3)));
        long afterPeople = world.load(review.id()).version();

        assertThat(afterEntry).isGreaterThan(opened);
        assertThat(afterFactor).isGreaterThan(afterEntry);
        assertThat(afterPeople).isGreaterThan(afterFactor);
    }

    @Test
    void twoEditorsOfTheSameVersion_theSecondCommitIsRefused() {
        Review review = world.review();
        EntityManager first = db.newEntityManager();
        EntityManager second = db.newEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Review mine = new JpaReviewRepository(first).findById(review.id()).orElseThrow();
            Review theirs = new JpaReviewRepository(second).findById(review.id()).orElseThrow();
            mine.write(ReviewText.SUMMARY, "Mine", NOW);
            theirs.write(ReviewText.SUMMARY, "Theirs", NOW);
            new JpaReviewRepository(first).save(mine);
            first.getTransaction().commit();

            assertThatThrownBy(() -> {
                new JpaReviewRepository(second).save(theirs);
                second.flush(); // as every use case does at its end (FlushBeforeCommit)
                second.getTransaction().commit();
            }).isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
        assertThat(world.load(review.id()).text(ReviewText.SUMMARY)).isEqualTo("Mine");
    }

    @Test
    void search_findsReviewsOfLedTeams_andThoseAPersonFacilitatesOrTakesPartIn() {
        Review led = world.review();
        Review facilitated = world.review();
        Review joined = world.review();
        world.review();
        change(facilitated.id(), r -> r.appointFacilitator(world.lena, world.eli, NOW.plusSeconds(10)));
        change(joined.id(), r -> r.inviteParticipants(world.lena, Set.of(world.eli), NOW.plusSeconds(20)));

        Page<Review> forLena = db.inTransaction(em -> new JpaReviewRepository(em)
                .search(new ReviewQuery(world.lena.id(), Set.of(world.team.id()), Set.of()), PageRequest.first(20)));
        Page<Review> forEli = db.inTransaction(em -> new JpaReviewRepository(em)
                .search(new ReviewQuery(world.eli.id(), Set.of(), Set.of()), PageRequest.first(20)));
        Page<Review> forEmma = db.inTransaction(em -> new JpaReviewRepository(em)
                .search(new ReviewQuery(world.emma.id(), Set.of(), Set.of()), PageRequest.first(20)));

        assertThat(forLena.total()).isEqualTo(4);
        assertThat(forEli.items()).extracting(Review::id).containsExactly(joined.id(), facilitated.id());
        assertThat(forEmma.items()).isEmpty();
        assertThat(led.id()).isNotNull();
    }

    @Test
    void aFirstApproval_isStoredWithWhoAndWhen() {
        Review review = world.review();
        change(review.id(), r -> {
            r.addFactor(FactorCategory.TOOLS, "x", List.of(), NOW);
            r.write(ReviewText.NO_ACTION_REASON, "Nothing to do", NOW);
            r.submitForReview(NOW);
            r.approve(List.of(), world.lena.id(), true, NOW.plusSeconds(5));
        });

        Review stored = world.load(review.id());

        assertThat(stored.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(stored.awaitsSecondApproval()).isTrue();
        assertThat(stored.firstApprovedByAccountId()).contains(world.lena.id());
        assertThat(stored.firstApprovedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void search_ofOpenReviews_leavesOutPublishedOnes() {
        Review open = world.review();
        Review published = world.review();
        change(published.id(), r -> {
            r.addFactor(FactorCategory.TOOLS, "x", List.of(), NOW);
            r.write(ReviewText.NO_ACTION_REASON, "Nothing to do", NOW);
            r.submitForReview(NOW);
            r.approve(List.of(), NOW);
        });
        db.run(em -> {
            JpaReviewRepository reviews = new JpaReviewRepository(em);
            Review review = reviews.findById(published.id()).orElseThrow();
            review.publish(List.of(), NOW.plusSeconds(5));
            reviews.save(review);
            var told = (dimple.domain.review.ReviewPublished) review.takeEvents().get(0);
            new dimple.infrastructure.learning.JpaLessonRepository(em)
                    .save(dimple.domain.learning.Lesson.publish(dimple.domain.learning.LessonDraft.of(told), NOW.plusSeconds(5)));
        });

        Page<Review> openOnes = db.inTransaction(em -> new JpaReviewRepository(em)
                .search(ReviewQuery.openIn(Set.of(world.team.id())), PageRequest.first(20)));

        assertThat(openOnes.items()).extracting(Review::id).containsExactly(open.id());
        assertThat(world.load(published.id()).status()).isEqualTo(ReviewStatus.PUBLISHED);
    }

    @Test
    void aTriagedReport_keepsItsOutcome_andPointsAtItsReviewOrOriginal() {
        Review review = world.review();
        MistakeReport original = world.report(world.team);
        MistakeReport duplicate = world.report(world.team);
        MistakeReport noted = world.report(world.team);
        duplicate.markDuplicateOf(world.lena, original, false, "Same terminal", NOW);
        noted.triageAsNoted(world.lena, "Thanks, noted", NOW);
        db.run(em -> {
            new JpaMistakeReportRepository(em).save(duplicate);
            new JpaMistakeReportRepository(em).save(noted);
        });

        MistakeReport storedDuplicate = db.inTransaction(em -> new JpaMistakeReportRepository(em).findById(duplicate.id()).orElseThrow());
        MistakeReport storedNoted = db.inTransaction(em -> new JpaMistakeReportRepository(em).findById(noted.id()).orElseThrow());
        MistakeReport inReview = db.inTransaction(em -> new JpaMistakeReportRepository(em).findById(review.reportIds().iterator().next())
                .orElseThrow());

        assertThat(storedDuplicate.status()).isEqualTo(ReportStatus.DUPLICATE);
        assertThat(storedDuplicate.duplicateOfId()).isEqualTo(original.id());
        assertThat(storedDuplicate.triageNote()).isEqualTo("Same terminal");
        assertThat(storedNoted.triagedByAccountId()).isEqualTo(world.lena.id());
        assertThat(storedNoted.triagedAt()).isEqualTo(NOW);
        assertThat(inReview.status()).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(inReview.reviewId()).isEqualTo(review.id());
    }
}
