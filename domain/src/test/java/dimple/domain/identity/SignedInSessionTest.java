package dimple.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedInSessionTest {
    private static final Instant T = Instant.parse("2026-12-06T09:00:00Z");
    private static final String HASH = "a".repeat(64);
    private static final Duration IDLE = Duration.ofMinutes(30);

    @Test
    void aSession_endsAfterItsAbsoluteLifetime_howeverBusy() {
        SignedInSession session = SignedInSession.start("account", HASH, "Chrome on Linux", T, Duration.ofHours(12));
        Instant at = T;
        while (at.isBefore(T.plus(Duration.ofHours(12)))) {
            assertThat(session.isLiveAt(at, IDLE)).isTrue();
            session.seenAt(at);
            at = at.plus(Duration.ofMinutes(10));
        }

        assertThat(session.isLiveAt(T.plus(Duration.ofHours(12)), IDLE)).isFalse();
    }

    @Test
    void aSession_endsWhenIdleTooLong() {
        SignedInSession session = SignedInSession.start("account", HASH, null, T, Duration.ofHours(12));

        assertThat(session.isLiveAt(T.plus(IDLE).minusSeconds(1), IDLE)).isTrue();
        assertThat(session.isLiveAt(T.plus(IDLE), IDLE)).isFalse();
    }

    @Test
    void seenAt_writesAtMostOnceAMinute() {
        SignedInSession session = SignedInSession.start("account", HASH, null, T, Duration.ofHours(12));

        assertThat(session.seenAt(T.plusSeconds(30))).isFalse();
        assertThat(session.seenAt(T.plusSeconds(60))).isTrue();
        assertThat(session.lastSeenAt()).isEqualTo(T.plusSeconds(60));
    }

    @Test
    void aSession_isFoundOnlyByTheHashOfItsSecret() {
        assertThatThrownBy(() -> SignedInSession.start("account", "the-secret-itself", null, T, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
