package dimple.domain.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FourTestsTest {
    @ParameterizedTest(name = "harm={0} health={1} foresight={2} substitution={3} -> {4}")
    @CsvSource({
            "false, false, false, true,  HUMAN_ERROR",
            "false, false, false, false, HUMAN_ERROR",
            "false, true,  false, true,  HUMAN_ERROR",
            "false, false, true,  true,  AT_RISK",
            "false, true,  true,  true,  AT_RISK",
            "false, false, true,  false, RECKLESS",
            "true,  false, false, true,  RECKLESS",
            "true,  false, true,  true,  RECKLESS"})
    void suggestedBehaviour_followsTheDecisionAid(boolean harm, boolean health, boolean foresight, boolean substitution, Behaviour expected) {
        assertThat(FourTests.answered(harm, health, foresight, substitution).suggestedBehaviour()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"HUMAN_ERROR, CONSOLE", "AT_RISK, COACH", "RECKLESS, REFER_TO_HR"})
    void usualResponse_consoleCoachOrReferToHr(Behaviour behaviour, Response response) {
        assertThat(behaviour.usualResponse()).isEqualTo(response);
    }
}
