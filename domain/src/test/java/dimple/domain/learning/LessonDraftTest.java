package dimple.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionType;
import dimple.domain.review.FactorCategory;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewPublished;
import dimple.domain.review.ReviewText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lesson a published review becomes: drawn by the learning context from what the review found. */
class LessonDraftTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String TEAM = "team-front-desk";

    private final Account lena = person("lena", TEAM);
    private final Account emma = person("emma", null);
    private final Account eli = person("eli", null);

    private static Account person(String username, String leads) {
        Account account = Account.open(username, username, "hash", Set.of(leads == null ? Role.EMPLOYEE : Role.LEADER), NOW);
        account.assignTeams(Set.of(), leads == null ? Set.of() : Set.of(leads));
        return account;
    }

    private static Instant at(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    /** A review in review with a factor: one step short of approval. */
    private Review inReviewWithFactor() {
        Review review = Review.open("report-1", TEAM, "Guest charged twice", lena.id(), NOW);
        review.addFactor(FactorCategory.TOOLS, "The terminal shows no result after a timeout", List.of("It was never configured to"), at(1));
        review.submitForReview(at(2));
        return review;
    }

    private static ReviewPublished published(Review review, List<ActionItem> actions) {
        review.publish(actions, at(7));
        return (ReviewPublished) review.takeEvents().stream().filter(ReviewPublished.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void aPublishedReview_becomesALesson_underTheIdItNamed() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.HOW_FIXED, "Void the first payment when the terminal times out. Then check the bank app.", at(3));
        review.write(ReviewText.WHAT_HAPPENED, "The payment ran twice.", at(3));
        review.tag(List.of("payments"), at(3));
        ActionItem action = ActionItem.plan(review, "Void the first payment when the terminal times out", ActionType.CORRECTIVE, emma.id(),
                null, null, lena.id(), at(5));
        review.approve(List.of(action), at(6));

        Lesson lesson = Lesson.publish(LessonDraft.of(published(review, List.of(action))), at(7));

        assertThat(review.lessonId()).contains(lesson.id());
        assertThat(lesson.reviewId()).isEqualTo(review.id());
        assertThat(lesson.title()).isEqualTo("Guest charged twice");
        assertThat(lesson.takeaway()).as("first sentence of how it can be fixed").isEqualTo("Void the first payment when the terminal times out.");
        assertThat(lesson.sections()).as("the story's sections in reading order, without headings").containsExactly(
                LessonSection.of(LessonPart.WHAT_HAPPENED, "The payment ran twice."),
                new LessonSection(LessonPart.FACTOR, "TOOLS", "The terminal shows no result after a timeout"),
                LessonSection.of(LessonPart.FACTOR_WHY, "It was never configured to"),
                LessonSection.of(LessonPart.HOW_FIXED, "Void the first payment when the terminal times out. Then check the bank app."),
                new LessonSection(LessonPart.ACTION, "CORRECTIVE", "Void the first payment when the terminal times out"));
        assertThat(lesson.body()).as("no text as written: the sections tell the story").isNull();
        assertThat(lesson.storyTexts()).as("what search indexes: the texts, no headings")
                .contains("The payment ran twice.").noneMatch(t -> t.contains("What happened"));
        assertThat(lesson.tags()).containsExactly("payments", "tools");
        assertThat(lesson.teamId()).isEqualTo(TEAM);
        assertThat(lesson.status()).isEqualTo(LessonStatus.PUBLISHED);
        assertThat(lesson.publishedAt()).isEqualTo(at(7));
        assertThat(lesson.actionIds()).containsExactly(action.id());
    }

    @Test
    void aDraft_keepsItsSections_andALessonWithSectionsTakesNoWrittenBody() {
        ReviewPublished told = new ReviewPublished("review-1", TEAM, "lesson-1", List.of("report-1"), "Guest charged twice", " The summary ",
                null, null, "A busy evening", null, null, "Nobody checked", "A colleague noticed", "  ", List.of(),
                List.of(new ReviewPublished.Factor("WORKLOAD", "Two guests at once", List.of("One person on the desk", "Nobody to call"))),
                List.of(), NOW);

        LessonDraft draft = LessonDraft.of(told);

        assertThat(draft.sections()).containsExactly(
                LessonSection.of(LessonPart.SUMMARY, "The summary"),
                LessonSection.of(LessonPart.WHY_IT_HAPPENED, "A busy evening"),
                new LessonSection(LessonPart.FACTOR, "WORKLOAD", "Two guests at once"),
                LessonSection.of(LessonPart.FACTOR_WHY, "One person on the desk"),
                LessonSection.of(LessonPart.FACTOR_WHY, "Nobody to call"),
                LessonSection.of(LessonPart.WENT_WRONG, "Nobody checked"),
                LessonSection.of(LessonPart.GOT_LUCKY, "A colleague noticed"));
        assertThat(draft.body()).isNull();
        assertThat(Lesson.publish(draft, NOW).sections()).isEqualTo(draft.sections());
    }

    @Test
    void theWrittenTakeaway_comesFirst_andTheLessonNamesNobody() {
        Review review = inReviewWithFactor();
        review.write(ReviewText.TAKEAWAY, "After a terminal timeout, check before charging again.", at(3));
        review.appointFacilitator(lena, emma, at(3));
        review.inviteParticipants(lena, Set.of(eli), at(3));
        review.write(ReviewText.NO_ACTION_REASON, "The terminal is replaced", at(3));
        review.approve(List.of(), at(4));

        Lesson lesson = Lesson.publish(LessonDraft.of(published(review, List.of())), at(5));

        assertThat(lesson.takeaway()).isEqualTo("After a terminal timeout, check before charging again.");
        assertThat(lesson.sections()).contains(LessonSection.of(LessonPart.NO_ACTION_NEEDED, "The terminal is replaced"))
                .noneMatch(section -> section.part() == LessonPart.ACTION);
        assertThat(lesson.sections()).extracting(LessonSection::text)
                .noneMatch(t -> t.contains(emma.id()) || t.contains(eli.id()) || t.contains(lena.id()));
    }

    @Test
    void aReviewWithoutTexts_givesItsTitle_asTakeawayAndBody() {
        ReviewPublished bare = new ReviewPublished("review-1", TEAM, "lesson-1", List.of("report-1"), "Guest charged twice", null, null,
                null, null, null, null, null, null, null, List.of(), List.of(), List.of(), NOW);

        LessonDraft draft = LessonDraft.of(bare);

        assertThat(draft.takeaway()).isEqualTo("Guest charged twice");
        assertThat(draft.sections()).isEmpty();
        assertThat(draft.body()).as("the title, as written, when the review wrote no story").isEqualTo("Guest charged twice");
        assertThat(draft.lessonId()).isEqualTo("lesson-1");
    }
}
