package dimple.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {
    @Test
    void wordEndings_meetInOneStem() {
        assertThat(SearchTerms.stem("refunds")).isEqualTo(SearchTerms.stem("refund"));
        assertThat(SearchTerms.stem("refunded")).isEqualTo(SearchTerms.stem("refund"));
        assertThat(SearchTerms.stem("refunding")).isEqualTo(SearchTerms.stem("refund"));
        assertThat(SearchTerms.stem("charges")).isEqualTo(SearchTerms.stem("charge")).isEqualTo(SearchTerms.stem("charged"))
                .isEqualTo(SearchTerms.stem("charging"));
        assertThat(SearchTerms.stem("deliveries")).isEqualTo(SearchTerms.stem("delivery"));
        assertThat(SearchTerms.stem("stopped")).isEqualTo(SearchTerms.stem("stopping")).isEqualTo(SearchTerms.stem("stop"));
        assertThat(SearchTerms.stem("boxes")).isEqualTo(SearchTerms.stem("box"));
        assertThat(SearchTerms.stem("quickly")).isEqualTo(SearchTerms.stem("quick"));
        assertThat(SearchTerms.stem("issues")).isEqualTo(SearchTerms.stem("issued")).isEqualTo(SearchTerms.stem("issue"));
    }

    @Test
    void shortWordsAndWordsThatOnlyLookInflected_stayAlone() {
        assertThat(SearchTerms.stem("bus")).isEqualTo("bus");
        assertThat(SearchTerms.stem("status")).isEqualTo("status");
        assertThat(SearchTerms.stem("address")).isEqualTo("address");
        assertThat(SearchTerms.stem("agreed")).isEqualTo("agreed");
        assertThat(SearchTerms.stem("2026")).isEqualTo("2026");
    }

    @Test
    void text_isCaseFoldedAndSplit_andStopWordsLeftOut() {
        assertThat(SearchTerms.of("The Guest's REFUNDS were late, and the café was closed"))
                .containsExactly("guest", "refund", "late", "cafe", SearchTerms.stem("closing"));
    }

    @Test
    void hostileInput_isJustSeparators() {
        assertThat(SearchTerms.of("'%_\"<b>")).containsExactly("b");
        assertThat(SearchTerms.of("'; DROP TABLE lesson; --")).containsExactly("drop", "tabl", "lesson");
        assertThat(SearchTerms.of("*?%_")).isEmpty();
        assertThat(SearchTerms.of(null)).isEmpty();
    }

    @Test
    void termsAreCountedAndBounded() {
        assertThat(SearchTerms.counted("refund refunds refunded")).containsEntry("refund", 3);
        assertThat(SearchTerms.of("x".repeat(500)).get(0)).hasSize(SearchTerms.MAX_TERM);
        assertThat(SearchTerms.query("a refund for the guest at noon", 2)).containsExactly("refund", "guest");
    }

    @Test
    void correctedText_replacesOnlyTheCorrectedWords_keepingEndingsCapitalsAndTheRest() {
        java.util.Map<String, String> corrections = java.util.Map.of("refnud", "refund", "alergy", "allergy", "promis", "promis");

        assertThat(SearchTerms.corrected("teh refnud", corrections)).isEqualTo("teh refund");
        assertThat(SearchTerms.corrected("Refnuds, sent twice!", corrections)).isEqualTo("Refunds, sent twice!");
        assertThat(SearchTerms.corrected("alergies at breakfast", corrections)).as("no ending that comes down to the term").isEqualTo("allergy at breakfast");
        assertThat(SearchTerms.corrected("refund", java.util.Map.of())).isEqualTo("refund");
        assertThat(SearchTerms.of(SearchTerms.corrected("the refnuded alergy", corrections))).containsExactly("refund", "allergy");
    }
}
