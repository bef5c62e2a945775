package dimple.domain.reporting;

import dimple.domain.shared.LimitedText;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportTextsTest {
    static Stream<LimitedText> texts() {
        return Stream.of(
                LimitedText.of("Title", Title::of, Title::text, 200, true, "field.title"),
                LimitedText.of("Narrative", Narrative::of, Narrative::text, 20_000, true, "field.whatHappened"),
                LimitedText.of("CustomerReference", CustomerReference::of, CustomerReference::text, 100, true, "field.customerReference"),
                LimitedText.of("CustomerNote", CustomerNote::of, CustomerNote::text, 1000, false, "field.note"),
                LimitedText.of("TriageNote", TriageNote::of, TriageNote::text, 2000, false, "field.noteForTheReporter"),
                LimitedText.of("QuestionText", QuestionText::of, QuestionText::text, 2000, true, "field.question"),
                LimitedText.of("AnswerText", AnswerText::of, AnswerText::text, 4000, true, "field.answer"),
                LimitedText.of("BentRuleName", BentRuleName::of, BentRuleName::text, 200, true, "field.whichRuleWasBent"),
                LimitedText.of("WhyBent", WhyBent::of, WhyBent::text, 2000, false, "field.whyItWasBent"),
                LimitedText.of("ValueCreated", ValueCreated::of, ValueCreated::text, 2000, false, "field.whatValueItCreated"),
                LimitedText.of("DecisionNote", DecisionNote::of, DecisionNote::text, 2000, false, "field.note"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void eachReportText_keepsItsLimitInCodePoints_refusesOrEmptiesBlank_andStrips(LimitedText text) {
        text.assertKeepsItsLimit();
    }

}
