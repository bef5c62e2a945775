package dimple.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextLimitTest {
    @Test
    void aRequiredLimit_keepsItsEdgeInCodePoints_refusesBlank_andStrips() {
        TextLimit limit = TextLimit.required("field.title", 3);
        new LimitedText("required", limit::apply, 3, true, "field.title").assertKeepsItsLimit();
    }

    @Test
    void anOptionalLimit_turnsBlankIntoNull() {
        TextLimit limit = TextLimit.optional("field.note", 5);
        new LimitedText("optional", limit::apply, 5, false, "field.note").assertKeepsItsLimit();
    }

    @Test
    void anEmojiCountsOnce_soTwoCharsAtTheEdgeAreStillAccepted() {
        String twoEmoji = LimitedText.EMOJI + LimitedText.EMOJI;
        assertThat(twoEmoji.length()).isEqualTo(4);
        assertThat(TextLimit.required("field.title", 2).apply(twoEmoji)).isEqualTo(twoEmoji);
    }

    @Test
    void aRefusal_isAnIllegalArgument_forCallersThatKnewOnlyThat() {
        assertThatThrownBy(() -> TextLimit.required("field.title", 1).apply("ab")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("input.maxLength[field.title, 1, 2]");
    }

    @Test
    void aLimitBelowOne_isAProgrammingError() {
        assertThatThrownBy(() -> TextLimit.optional("field.note", 0)).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(TextRefused.class);
    }
}
