package dimple.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlameLanguageTest {
    private static List<String> phrases(String text) {
        return BlameLanguage.hintsFor(text).stream().map(Hint::phrase).toList();
    }

    @Test
    void findsBlamingWords_whateverTheirCase() {
        assertThat(phrases("He was CARELESS. Obviously the label was wrong.")).containsExactly("careless", "obviously");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(phrases("The default setting was faulty; a stupidity-free zone.")).isEmpty();
        assertThat(phrases("It was my fault.")).containsExactly("fault");
    }

    @Test
    void matchesPhrasesAcrossAnyWhitespace_andEitherApostrophe() {
        assertThat(phrases("I should\n  have asked.")).containsExactly("should have");
        assertThat(phrases("She should’ve asked.")).containsExactly("should've");
        assertThat(phrases("We shouldn't have waited.")).containsExactly("shouldn't have");
    }

    @Test
    void listsEachPhraseOnce_inTheOrderItFirstAppears() {
        assertThat(phrases("Human error again. He failed to log it, a human error, and was careless."))
                .containsExactly("human error", "failed to", "careless");
    }

    @Test
    void givesANeutralSuggestionForEveryHint() {
        assertThat(BlameLanguage.hintsFor("Obviously a human error."))
                .allSatisfy(hint -> assertThat(hint.suggestion().code()).startsWith("hint.").doesNotContainIgnoringCase(hint.phrase()));
    }

    @Test
    void neutralText_orNothing_givesNoHints() {
        assertThat(BlameLanguage.hintsFor("The card encoder wrote room 214 while the screen showed 241.")).isEmpty();
        assertThat(BlameLanguage.hintsFor("")).isEmpty();
        assertThat(BlameLanguage.hintsFor(null)).isEmpty();
    }

    @Test
    void everyPhraseOfTheVocabulary_isFoundInASentence() {
        BlameLanguage.vocabulary().keySet().forEach(phrase ->
                assertThat(phrases("Well, " + phrase.toUpperCase() + ", as they say.")).as(phrase).containsExactly(phrase));
    }
}
