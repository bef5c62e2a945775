package dimple.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.LessonText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LessonStoryTest {
    @Test
    void theStory_isToldInItsSections_leavingFactorsAndActionsToTheirOwnSections() {
        LessonText story = new LessonText(List.of(
                new LessonText.Section("WHAT_HAPPENED", null, "The card was charged twice."),
                new LessonText.Section("WHY_IT_HAPPENED", null, "The terminal timed out."),
                new LessonText.Section("FACTOR", "TOOLS", "No result after a timeout"),
                new LessonText.Section("FACTOR_WHY", null, "Never configured"),
                new LessonText.Section("HOW_FIXED", null, "Switch on the timeout screen."),
                new LessonText.Section("WENT_WELL", null, "  "),
                new LessonText.Section("ACTION", "CORRECTIVE", "Void the first payment")), null);

        assertThat(LessonStory.sections(story, Locale.ENGLISH)).extracting(LessonStory.Part::heading)
                .containsExactly("What happened", "Why it happened", "How it can be fixed");
        assertThat(LessonStory.sections(story, Locale.ENGLISH)).extracting(LessonStory.Part::text)
                .containsExactly("The card was charged twice.", "The terminal timed out.", "Switch on the timeout screen.");
        assertThat(LessonStory.sections(LessonText.written("An older lesson, as written."), Locale.ENGLISH))
                .containsExactly(new LessonStory.Part("WRITTEN", "", "An older lesson, as written."));
    }

    @Test
    void aWhy_readsAsAnAnswer_withOneBecause() {
        assertThat(LessonStory.because("The set-up checklist does not mention it", Locale.ENGLISH))
                .isEqualTo("Because the set-up checklist does not mention it");
        assertThat(LessonStory.because("because nobody told the evening shift", Locale.ENGLISH)).isEqualTo("Because nobody told the evening shift");
        assertThat(LessonStory.because("Because: the PIN pad froze", Locale.ENGLISH)).isEqualTo("Because the PIN pad froze");
        assertThat(LessonStory.because("POS firmware was old", Locale.ENGLISH)).as("an acronym keeps its capitals").isEqualTo("Because POS firmware was old");
        assertThat(LessonStory.because("Becausewhy", Locale.ENGLISH)).isEqualTo("Because becausewhy");
    }
}
