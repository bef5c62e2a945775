package dimple.domain.recovery;

import dimple.domain.shared.LimitedText;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecoveryTextsTest {
    static Stream<LimitedText> texts() {
        return Stream.of(
                LimitedText.of("ByWhom", ByWhom::of, ByWhom::text, 100, false, "field.byWhom"),
                LimitedText.of("StepNote", StepNote::of, StepNote::text, 1000, false, "field.note"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void eachRecoveryTexts_keepsItsLimitInCodePoints_refusesOrEmptiesBlank_andStrips(LimitedText text) {
        text.assertKeepsItsLimit();
    }
}
