package dimple.infrastructure.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class HealthChecksTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final AtomicBoolean databaseReady = new AtomicBoolean(true);
    private final AtomicBoolean stuck = new AtomicBoolean(false);
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final List<Instant> asked = new ArrayList<>();
    private final OutboxCheck outbox = new OutboxCheck(databaseReady::get, at -> {
        asked.add(at);
        return stuck.get();
    }, clockAt(now));

    /** A clock that reads the test's moment. */
    private static Clock clockAt(AtomicReference<Instant> moment) {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return moment.get();
            }
        };
    }

    @Test
    void outbox_isUp_whileNothingWaitsTooLong_andDownOnceSomethingDoes() {
        assertThat(outbox.call().getStatus()).isEqualTo(Status.UP);
        stuck.set(true);
        now.set(NOW.plus(OutboxCheck.FRESH));
        HealthCheckResponse down = outbox.call();
        assertThat(down.getName()).isEqualTo("outbox");
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void outbox_isAskedAtMostEvery30Seconds_howeverOftenItIsPolled() {
        for (int second = 0; second < 60; second++) {
            now.set(NOW.plusSeconds(second));
            outbox.call();
        }
        assertThat(asked).containsExactly(NOW, NOW.plusSeconds(30));
    }

    @Test
    void outbox_isDown_whileTheDatabaseIsNotReady_withoutAskingIt() {
        databaseReady.set(false);
        assertThat(outbox.call().getStatus()).isEqualTo(Status.DOWN);
        assertThat(asked).isEmpty();
        databaseReady.set(true);
        assertThat(outbox.call().getStatus()).as("asked again at once when the database is back").isEqualTo(Status.UP);
        assertThat(asked).hasSize(1);
    }

    @Test
    void aCheckWhoseQuestionFails_answersDown_neverThrows_andAsksAgainAfter30Seconds() {
        OutboxCheck failing = new OutboxCheck(() -> true, at -> {
            asked.add(at);
            if (at.isBefore(NOW.plus(OutboxCheck.FRESH))) {
                throw new IllegalStateException("jdbc:postgresql://db.internal:5432/dimple refused");
            }
            return false;
        }, clockAt(now));
        assertThat(failing.call().getStatus()).as("Payara would answer a throwing check with a bare 500").isEqualTo(Status.DOWN);
        now.set(NOW.plusSeconds(29));
        assertThat(failing.call().getStatus()).isEqualTo(Status.DOWN);
        now.set(NOW.plus(OutboxCheck.FRESH));
        assertThat(failing.call().getStatus()).isEqualTo(Status.UP);
        assertThat(asked).containsExactly(NOW, NOW.plus(OutboxCheck.FRESH));
    }

    @Test
    void anAnswer_carriesItsNameAndStatusOnly() {
        HealthCheckResponse up = HealthAnswer.of("database", () -> true);
        assertThat(up.getName()).isEqualTo("database");
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getData()).isEmpty();
        assertThat(HealthAnswer.of("database", () -> {
            throw new IllegalStateException("secret");
        }).getData()).isEmpty();
    }
}
