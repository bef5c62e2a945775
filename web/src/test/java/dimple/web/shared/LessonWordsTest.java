package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.LessonText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A lesson's story as people read it: headings and labels from the bundle, the same text lessons stored before sections. */
class LessonWordsTest {
    private static LessonText.Section section(String part, String text) {
        return new LessonText.Section(part, null, text);
    }

    @Test
    void theSections_readAsTheEnglishBodyLessonsStoredBefore() {
        LessonText story = new LessonText(List.of(
                section("SUMMARY", "The guest paid twice."),
                section("WHAT_HAPPENED", "The terminal timed out."),
                new LessonText.Section("FACTOR", "TOOLS", "The terminal shows no result after a timeout"),
                section("FACTOR_WHY", "It was never configured to"),
                new LessonText.Section("FACTOR", "HANDOVER", "The evening shift did not know"),
                section("GOT_LUCKY", "The guest noticed."),
                new LessonText.Section("ACTION", "CORRECTIVE", "Void the first payment"),
                new LessonText.Section("ACTION", "DETECTIVE", "Show the result")), null);

        assertThat(LessonWords.render(story, Locale.ENGLISH)).isEqualTo("Summary\nThe guest paid twice.\n\n"
                + "What happened\nThe terminal timed out.\n\n"
                + "Contributing factors\n- Tools: The terminal shows no result after a timeout\n  Why? It was never configured to\n"
                + "- Handover: The evening shift did not know\n\n"
                + "Where we got lucky\nThe guest noticed.\n\n"
                + "Actions\n- Void the first payment (Corrective)\n- Show the result (Detective)");
    }

    @Test
    void noActionNeeded_andAStoryWithoutSections_isShownAsWritten() {
        assertThat(LessonWords.render(new LessonText(List.of(section("NO_ACTION_NEEDED", "The encoder is replaced.")), null), Locale.ENGLISH))
                .isEqualTo("Why no action is needed\nThe encoder is replaced.");
        assertThat(LessonWords.render(LessonText.written("Guest charged twice"), Locale.ENGLISH)).isEqualTo("Guest charged twice");
    }

    @Test
    void everyPartAndLabel_hasItsWordsInTheBundle() {
        for (String part : List.of("SUMMARY", "WHAT_HAPPENED", "WHY_IT_HAPPENED", "HOW_FIXED", "WENT_WELL", "WENT_WRONG", "GOT_LUCKY",
                "NO_ACTION_NEEDED")) {
            assertThat(LessonWords.render(new LessonText(List.of(section(part, "x")), null), Locale.ENGLISH)).doesNotContain("lesson.section");
        }
        for (dimple.domain.review.ActionType type : dimple.domain.review.ActionType.values()) {
            assertThat(LessonWords.render(new LessonText(List.of(new LessonText.Section("ACTION", type.name(), "x")), null), Locale.ENGLISH))
                    .doesNotContain("lesson.section");
        }
        for (dimple.domain.review.FactorCategory category : dimple.domain.review.FactorCategory.values()) {
            assertThat(LessonWords.render(new LessonText(List.of(new LessonText.Section("FACTOR", category.name(), "x")), null), Locale.ENGLISH))
                    .doesNotContain("label.review");
        }
    }
}
