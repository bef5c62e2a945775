package dimple.domain.learning;

import dimple.domain.shared.LimitedText;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioTextsTest {
    static Stream<LimitedText> texts() {
        return Stream.of(
                LimitedText.of("CustomerPersona", CustomerPersona::of, CustomerPersona::text, 2000, true, "field.customerPersona"),
                LimitedText.of("Situation", Situation::of, Situation::text, 2000, true, "field.situation"),
                LimitedText.of("WhatMayBeOffered", WhatMayBeOffered::of, WhatMayBeOffered::text, 2000, true, "field.whatTheEmployeeMayOffer"),
                LimitedText.of("WhatGoodLooksLike", WhatGoodLooksLike::of, WhatGoodLooksLike::text, 2000, true, "field.whatGoodLooksLike"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void eachScenarioText_keepsItsLimitInCodePoints_refusesBlank_andStrips(LimitedText text) {
        text.assertKeepsItsLimit();
    }
}
