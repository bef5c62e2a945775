package dimple.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInDelayTest {
    private static final Instant T = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void usernameAndAddress_twoFailuresCostNothing_thenEachWaitDoubles_upToFifteenMinutes() {
        SignInDelay delay = SignInDelay.forAccount("emma", "10.0.0.7", T);

        assertThat(delay.recordFailure(T)).isFalse();
        assertThat(delay.recordFailure(T)).isFalse();
        assertThat(delay.blockedAt(T)).isEmpty();

        assertThat(delay.recordFailure(T)).as("the third failure starts a wait").isTrue();
        assertThat(delay.blockedAt(T)).contains(T.plusSeconds(1));
        assertThat(delay.blockedAt(T.plusSeconds(1))).isEmpty();

        assertThat(SignInDelay.waitAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInDelay.waitAfter(8)).isEqualTo(Duration.ofSeconds(32));
        assertThat(SignInDelay.waitAfter(20)).isEqualTo(SignInDelay.LONGEST_WAIT);
        assertThat(SignInDelay.waitAfter(1000)).isEqualTo(SignInDelay.LONGEST_WAIT);
    }

    @Test
    void theCountIsPerUsernameAndAddress_soGuessingFromElsewhereNeverSlowsThePersonDown() {
        assertThat(SignInDelay.accountKey("emma", "10.0.0.7")).isNotEqualTo(SignInDelay.accountKey("emma", "10.0.0.8"));
        assertThat(SignInDelay.accountKey("emma", "10.0.0.7")).isNotEqualTo(SignInDelay.addressKey("10.0.0.7"));
    }

    @Test
    void address_manyFailuresWithinTheWindow_stopTheAddressUntilTheWindowEnds() {
        SignInDelay delay = SignInDelay.forAddress("10.0.0.7", T);
        for (int i = 0; i < SignInDelay.ADDRESS_LIMIT; i++) {
            assertThat(delay.recordFailure(T.plusSeconds(i))).isFalse();
        }

        assertThat(delay.recordFailure(T.plusSeconds(60))).isTrue();

        assertThat(delay.blockedAt(T.plusSeconds(61))).contains(T.plus(SignInDelay.ADDRESS_WINDOW));
        assertThat(delay.blockedAt(T.plus(SignInDelay.ADDRESS_WINDOW))).isEmpty();
    }

    @Test
    void address_failuresSpreadOverManyWindows_neverStopIt() {
        SignInDelay delay = SignInDelay.forAddress("10.0.0.7", T);
        Instant at = T;
        for (int i = 0; i < 5 * SignInDelay.ADDRESS_LIMIT; i++) {
            at = at.plusSeconds(60);
            delay.recordFailure(at);
            assertThat(delay.blockedAt(at)).isEmpty();
        }
    }

    @Test
    void aCountWithNoFailureForADay_isForgotten_andStartsAgain() {
        SignInDelay delay = SignInDelay.forAccount("emma", "10.0.0.7", T);
        for (int i = 0; i < 6; i++) {
            delay.recordFailure(T);
        }
        Instant nextDay = T.plus(SignInDelay.FORGOTTEN_AFTER);

        assertThat(delay.isForgottenAt(nextDay)).isTrue();
        assertThat(delay.recordFailure(nextDay)).isFalse();
        assertThat(delay.failures()).isEqualTo(1);
    }
}
