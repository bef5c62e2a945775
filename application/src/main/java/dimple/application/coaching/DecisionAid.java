package dimple.application.coaching;

import dimple.domain.coaching.Behaviour;
import dimple.domain.coaching.FourTests;

/** What the four tests suggest, for the assessment form while the leader answers them. Reads nothing, changes nothing. */
public final class DecisionAid {
    private DecisionAid() {
    }

    /** The suggested behaviour and its usual response, as enumeration names; null until every test is answered. */
    public static Suggestion suggest(OpenAssessment.Tests tests) {
        if (tests == null || tests.deliberateHarm() == null || tests.health() == null || tests.foresight() == null
                || tests.substitution() == null) {
            return null;
        }
        Behaviour behaviour = FourTests.answered(tests.deliberateHarm(), tests.health(), tests.foresight(), tests.substitution())
                .suggestedBehaviour();
        return new Suggestion(behaviour.name(), behaviour.usualResponse().name());
    }

    public record Suggestion(String behaviour, String response) {
    }
}
