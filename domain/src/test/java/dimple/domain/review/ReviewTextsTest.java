package dimple.domain.review;

import dimple.domain.shared.LimitedText;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewTextsTest {
    static Stream<LimitedText> texts() {
        return Stream.of(
                LimitedText.of("ActionTitle", ActionTitle::of, ActionTitle::text, 200, true, "field.whatToDo"),
                LimitedText.of("ActionReason", ActionReason::of, ActionReason::text, 1000, false, "field.reason"),
                LimitedText.of("TimelineText", TimelineText::of, TimelineText::text, 1000, true, "field.whatHappenedThen"),
                LimitedText.of("FactorDescription", FactorDescription::of, FactorDescription::text, 1000, true, "field.whatContributed"),
                LimitedText.of("ReturnReason", ReturnReason::of, ReturnReason::text, 1000, false, "field.reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void eachReviewTexts_keepsItsLimitInCodePoints_refusesOrEmptiesBlank_andStrips(LimitedText text) {
        text.assertKeepsItsLimit();
    }

    static Stream<LimitedText> reviewFields() {
        return Arrays.stream(ReviewText.values())
                .map(field -> new LimitedText(field.name(), field::clean, field.max(), false, field.label()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewFields")
    void eachFreeTextFieldOfAReview_keepsItsLimitInCodePoints_emptiesBlank_andStrips(LimitedText text) {
        text.assertKeepsItsLimit();
    }
}
