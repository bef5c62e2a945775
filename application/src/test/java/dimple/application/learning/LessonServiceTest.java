package dimple.application.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.shared.English;
import dimple.application.review.ActionView;
import dimple.application.review.ChangeActionStatus;
import dimple.application.review.ReviewView;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.domain.learning.LessonCannotMove;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonServiceTest {
    private final LearningFixture world = new LearningFixture();

    @Test
    void endorsing_isOncePerPersonAndKind_andASecondTimeIsNoError() {
        String id = world.publishedLesson("NAMED", "Guest charged twice", "Check the payment list first.").lessonId();

        world.as("eli").lessons.endorse(id, "APPLIES_TO_MY_TEAM");
        LessonView again = world.as("eli").lessons.endorse(id, "applies_to_my_team");
        world.as("leo").lessons.endorse(id, "APPLIES_TO_MY_TEAM");
        LessonView view = world.as("eli").lessons.endorse(id, "I_APPLIED_THIS");

        assertThat(again.endorsements()).containsEntry("APPLIES_TO_MY_TEAM", 1);
        assertThat(view.endorsements()).containsEntry("APPLIES_TO_MY_TEAM", 2).containsEntry("I_APPLIED_THIS", 1);
        assertThat(view.mine()).containsExactly("APPLIES_TO_MY_TEAM", "I_APPLIED_THIS");
        assertThat(world.endorsements.all).hasSize(3);
        assertThatThrownBy(() -> world.lessons.endorse(id, "LOVE_IT")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> world.lessons.endorse("not-an-id", "I_APPLIED_THIS")).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void whenAllActionsAreDone_theLessonIsImplemented_andTheConfidentialReporterIsTold_andNobodyElse() {
        ReviewView review = world.publishedLesson("CONFIDENTIAL", "Guest charged twice", "Check the payment list first.");
        ActionView action = review.actions().get(0);
        assertThat(world.as("emma").lessons.find(review.lessonId()).status()).isEqualTo("PUBLISHED");

        world.as("lena").reviews.action.move(new ChangeActionStatus(action.id(), "DONE", null, null));

        LessonView lesson = world.as("emma").lessons.find(review.lessonId());
        assertThat(lesson.status()).isEqualTo("IMPLEMENTED");
        assertThat(lesson.actions()).extracting(LessonView.Action::status).containsExactly("DONE");
        assertThat(world.as("emma").reviews.inbox.inbox(0, 10).items()).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("LESSON_IMPLEMENTED");
            assertThat(English.of(n.message())).contains("Here is what changed because you reported").doesNotContain("Emma");
            assertThat(n.link()).isEqualTo("lesson/view.xhtml?id=" + review.lessonId());
        });
        for (String other : List.of("lena", "leo", "eli", "hana")) {
            assertThat(world.as(other).reviews.inbox.inbox(0, 10).items()).noneMatch(n -> n.kind().equals("LESSON_IMPLEMENTED"));
        }
        assertThat(lesson.toString()).doesNotContain("emma").doesNotContain("Emma");
    }

    @Test
    void aDroppedAction_doesNotHoldTheLessonBack_butNothingDoneIsNotImplemented() {
        ReviewView review = world.publishedLesson("NAMED", "Guest charged twice", "Check the payment list first.");

        world.as("lena").reviews.action.move(new ChangeActionStatus(review.actions().get(0).id(), "NOT_DOING", "Terminal replaced", null));

        assertThat(world.lessons.find(review.lessonId()).status()).isEqualTo("PUBLISHED");
    }

    @Test
    void board_newestOrMostEndorsedFirst_filteredByTagAndTeam_andSearchFindsWordEndings() {
        String first = world.publishedLesson("NAMED", "Guest charged twice", "Check the payment list first.").lessonId();
        world.reviews.world.clock.advance(java.time.Duration.ofHours(1));
        String second = world.publishedLesson("NAMED", "Refund promised but never sent", "Send refunds while the guest waits.").lessonId();
        world.as("eli").lessons.endorse(first, "I_APPLIED_THIS");

        assertThat(world.lessons.board(BoardFilter.everything(), 0, 10).items()).extracting(LessonCard::id).containsExactly(second, first);
        assertThat(world.lessons.board(new BoardFilter(null, null, null, null, null, null, "MOST_ENDORSED"), 0, 10).items())
                .extracting(LessonCard::id).containsExactly(first, second);
        assertThat(world.lessons.board(new BoardFilter(null, "Payments", "Front Desk", null, null, null, null), 0, 10).total()).isEqualTo(2);
        assertThat(world.lessons.board(new BoardFilter(null, null, "Online Orders", null, null, null, null), 0, 10).total()).isZero();
        assertThat(world.lessons.board(BoardFilter.search("refunding"), 0, 10).items()).extracting(LessonCard::id).containsExactly(second);
        assertThat(world.lessons.board(BoardFilter.search("'%_\"<b>"), 0, 10).items()).isEmpty();
        assertThat(world.lessons.similar("The guest was charged twice at the desk")).extracting(LessonCard::id).first().isEqualTo(first);
        assertThatThrownBy(() -> world.lessons.board(new BoardFilter(null, null, null, "OOPS", null, null, null), 0, 10))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aSearchThatFindsNothing_showsTheLessonsForItsTyposCorrected_unlessAskedForExactlyWhatWasTyped() {
        String refund = world.publishedLesson("NAMED", "Refund promised but never sent", "Send refunds while the guest waits.").lessonId();

        BoardPage corrected = world.lessons.board(BoardFilter.search("teh refnud"), 0, 10);
        BoardPage exactly = world.lessons.board(BoardFilter.searchExactly("teh refnud"), 0, 10);
        BoardPage right = world.lessons.board(BoardFilter.search("refund"), 0, 10);

        assertThat(corrected.items()).extracting(LessonCard::id).containsExactly(refund);
        assertThat(corrected.correctedQuery()).isEqualTo("teh refund");
        assertThat(exactly.items()).isEmpty();
        assertThat(exactly.correctedQuery()).isNull();
        assertThat(right.correctedQuery()).as("a search that finds lessons is never corrected").isNull();
        assertThat(world.lessons.similar("The refnud promsied to the guest was never snet")).extracting(LessonCard::id).containsExactly(refund);
    }

    @Test
    void leadersOfTheTeam_archiveOrSupersede_andTheOldLessonLinksToTheNew() {
        String old = world.publishedLesson("NAMED", "Guest charged twice", "Check the payment list first.").lessonId();
        String newer = world.publishedLesson("NAMED", "Charged twice, again", "Use the new terminal screen.").lessonId();

        assertThatThrownBy(() -> world.as("leo").lessons.archive(old)).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> world.as("leo").lessons.supersede(old, null)).as("another team's leader is refused before the input is read")
                .isInstanceOf(AccessRefused.class);
        LessonView superseded = world.as("lena").lessons.supersede(old, newer);

        assertThat(superseded.status()).isEqualTo("SUPERSEDED");
        assertThat(superseded.supersededBy()).isEqualTo(newer);
        assertThat(world.lessons.board(BoardFilter.everything(), 0, 10).items()).extracting(LessonCard::id).containsExactly(newer);
        assertThatThrownBy(() -> world.as("lena").lessons.archive(old)).isInstanceOf(LessonCannotMove.class);
    }

    @Test
    void aLeader_turnsALessonIntoAScenarioCard_andLogsPractice() {
        String lesson = world.publishedLesson("NAMED", "Guest charged twice", "Check the payment list first.").lessonId();

        ScenarioView card = world.as("lena").scenarios.write(lesson, new WriteScenario("A regular in a hurry", "Charged twice at check-out",
                "A refund on the spot", "Calm, checks the list, apologises", List.of("What did you check first?")));
        world.scenarios.logPractice(card.id(), new LogPractice(LocalDate.parse("2026-03-01"), List.of("Emma", "Eli"), "Went well"));

        ScenarioView read = world.as("emma").scenarios.find(card.id());
        assertThat(read.lessonTitle()).isEqualTo("Guest charged twice");
        assertThat(read.sessions()).singleElement().satisfies(s -> assertThat(s.participants()).containsExactly("Emma", "Eli"));
        assertThat(world.lessons.find(lesson).scenarios()).singleElement().satisfies(s -> assertThat(s.practised()).isEqualTo(1));
        assertThatThrownBy(() -> world.scenarios.logPractice(card.id(), new LogPractice(null, List.of(" "), null)))
                .isInstanceOf(InvalidInput.class);
    }
}
