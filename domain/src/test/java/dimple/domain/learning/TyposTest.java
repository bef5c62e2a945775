package dimple.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TyposTest {
    private static final List<Typos.Known> VOCABULARY = List.of(new Typos.Known("refund", 12), new Typos.Known("allergy", 3),
            new Typos.Known("allergen", 2), new Typos.Known("card", 40), new Typos.Known("key", 9), new Typos.Known("invoice", 5));

    @Test
    void aSwapOfNeighbours_isOneEdit_andOtherEditsCountOnce() {
        assertThat(Typos.distance("refnud", "refund", 2)).isEqualTo(1);
        assertThat(Typos.distance("alergy", "allergy", 2)).isEqualTo(1);
        assertThat(Typos.distance("crad", "card", 1)).isEqualTo(1);
        assertThat(Typos.distance("invoce", "invoice", 2)).isEqualTo(1);
        assertThat(Typos.distance("refund", "refund", 2)).isZero();
        assertThat(Typos.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(Typos.distance("kitten", "sitting", 2)).as("gives up past the most it may be").isEqualTo(3);
        assertThat(Typos.distance("a", "abcdef", 2)).isEqualTo(3);
    }

    @Test
    void theAllowance_growsWithTheWord_andShortWordsAndNumbers_areNeverCorrected() {
        assertThat(Typos.allowedEdits("teh")).isZero();
        assertThat(Typos.allowedEdits("crad")).isEqualTo(1);
        assertThat(Typos.allowedEdits("crads")).isEqualTo(1);
        assertThat(Typos.allowedEdits("refnud")).isEqualTo(2);
        assertThat(Typos.allowedEdits("2026")).isZero();
        assertThat(Typos.allowedEdits("")).isZero();
    }

    @Test
    void theClosestIndexedTerm_isTheCorrection() {
        assertThat(Typos.closest("refnud", VOCABULARY)).contains("refund");
        assertThat(Typos.closest("alergy", VOCABULARY)).as("allergen is three edits away").contains("allergy");
        assertThat(Typos.closest("crad", VOCABULARY)).contains("card");
        assertThat(Typos.closest("kye", VOCABULARY)).as("under four letters").isEmpty();
        assertThat(Typos.closest("weather", VOCABULARY)).as("nothing close").isEmpty();
        assertThat(Typos.closest("cxrd", VOCABULARY)).contains("card");
        assertThat(Typos.closest("cxxd", VOCABULARY)).as("two edits are too many for four letters").isEmpty();
    }

    @Test
    void aWordThatIsIndexed_isNeverCorrected() {
        List<Typos.Known> both = List.of(new Typos.Known("cards", 50), new Typos.Known("card", 1));

        assertThat(Typos.closest("card", both)).isEmpty();
    }

    @Test
    void ofEquallyCloseTerms_theOneInMoreLessonsWins_thenTheFirstAlphabetically() {
        List<Typos.Known> tied = List.of(new Typos.Known("bake", 2), new Typos.Known("cake", 7), new Typos.Known("lake", 7));

        assertThat(Typos.closest("rake", tied)).contains("cake");
        assertThat(Typos.closest("rake", List.of(new Typos.Known("lake", 7), new Typos.Known("cake", 7)))).contains("cake");
    }
}
