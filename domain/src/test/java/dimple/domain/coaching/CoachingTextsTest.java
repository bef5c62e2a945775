package dimple.domain.coaching;

import dimple.domain.shared.LimitedText;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CoachingTextsTest {
    static Stream<LimitedText> texts() {
        return Stream.of(
                LimitedText.of("Topic", Topic::of, Topic::text, 200, true, "field.topic"),
                LimitedText.of("Expectation", Expectation::of, Expectation::text, 4000, true, "field.expectation"),
                LimitedText.of("Observations", Observations::of, Observations::text, 4000, true, "field.observations"),
                LimitedText.of("AgreedActions", AgreedActions::of, AgreedActions::text, 4000, true, "field.agreedActions"),
                LimitedText.of("EmployeeComment", EmployeeComment::of, EmployeeComment::text, 2000, false, "field.comment"),
                LimitedText.of("AssessmentReason", AssessmentReason::of, AssessmentReason::text, 4000, true, "field.reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void eachCoachingTexts_keepsItsLimitInCodePoints_refusesOrEmptiesBlank_andStrips(LimitedText text) {
        text.assertKeepsItsLimit();
    }
}
