package dimple.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Lesson lesson() {
        return Lesson.publish("review-1", "Guest charged twice", "Check the terminal before charging again.", "Body",
                List.of("payments"), "team-1", List.of("a1"), NOW);
    }

    @Test
    void endorse_oncePerPersonAndKind_aSecondTimeChangesNothing() {
        Lesson lesson = lesson();

        assertThat(lesson.endorse("emma", EndorsementKind.APPLIES_TO_MY_TEAM, false, NOW)).isPresent();
        assertThat(lesson.endorse("emma", EndorsementKind.APPLIES_TO_MY_TEAM, true, NOW)).isEmpty();
        assertThat(lesson.endorse("emma", EndorsementKind.I_APPLIED_THIS, false, NOW)).isPresent();
    }

    @Test
    void endorse_leavesTheLessonAsItIs_theStoreCountsWhatItAdded() {
        Lesson lesson = lesson();

        Endorsement applies = lesson.endorse("emma", EndorsementKind.APPLIES_TO_MY_TEAM, false, NOW).orElseThrow();
        Endorsement applied = lesson.endorse("emma", EndorsementKind.I_APPLIED_THIS, false, NOW).orElseThrow();
        assertThat(lesson.endorsementCount()).as("endorsing does not change the versioned lesson").isZero();

        lesson.counted(applies);
        lesson.counted(applied);
        assertThat(lesson.endorsements(EndorsementKind.APPLIES_TO_MY_TEAM)).isEqualTo(1);
        assertThat(lesson.endorsements(EndorsementKind.I_APPLIED_THIS)).isEqualTo(1);
        assertThat(lesson.endorsementCount()).isEqualTo(2);
        assertThatThrownBy(() -> lesson().counted(applies)).as("not another lesson's").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void implement_movesAPublishedLessonOnce() {
        Lesson lesson = lesson();

        assertThat(lesson.implement(NOW)).isTrue();
        assertThat(lesson.implement(NOW.plusSeconds(9))).isFalse();
        assertThat(lesson.status()).isEqualTo(LessonStatus.IMPLEMENTED);
        assertThat(lesson.implementedAt()).isEqualTo(NOW);
        assertThat(lesson.takeEvents()).as("told once").containsExactly(new LessonImplemented(lesson.id(), "review-1", "Guest charged twice",
                "Check the terminal before charging again.", NOW));
    }

    @Test
    void supersede_linksTheOldLessonToTheNew_andTakesItOffTheBoard() {
        Lesson old = lesson();
        Lesson newer = lesson();

        old.supersedeBy(newer, NOW);

        assertThat(old.status()).isEqualTo(LessonStatus.SUPERSEDED);
        assertThat(old.status().isCurrent()).isFalse();
        assertThat(old.supersededBy()).contains(newer.id());
        assertThatThrownBy(() -> old.archive(NOW)).isInstanceOf(LessonCannotMove.class);
        assertThatThrownBy(() -> newer.supersedeBy(newer, NOW)).isInstanceOf(LessonCannotMove.class);
        assertThatThrownBy(() -> newer.supersedeBy(old, NOW)).as("not by a retired lesson").isInstanceOf(LessonCannotMove.class);
    }

    @Test
    void scenarioCard_keepsItsTexts_andLogsPracticeLatestFirst() {
        ScenarioCard card = ScenarioCard.fromLesson(lesson(), " A regular in a hurry ", "Charged twice", "A refund", "Calm",
                List.of("What did you notice?", " ", "What did you notice?"), "lena", NOW);

        card.logPractice(LocalDate.parse("2026-11-01"), List.of("Emma", "Eli", "Emma"), "Went well", "lena", NOW);
        card.logPractice(LocalDate.parse("2026-11-20"), List.of("Eli"), null, "lena", NOW);

        assertThat(card.persona()).isEqualTo("A regular in a hurry");
        assertThat(card.debriefQuestions()).containsExactly("What did you notice?");
        assertThat(card.sessions()).extracting(PracticeSession::heldOn)
                .containsExactly(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-01"));
        assertThat(card.sessions().get(1).participants()).containsExactly("Emma", "Eli");
        assertThatThrownBy(() -> card.logPractice(LocalDate.parse("2026-11-21"), List.of(" "), null, "lena", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
