package dimple.infrastructure.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Scheduled work never runs on a schema that is still being migrated, and is not lost for a period either. */
class SchedulesTest {
    @Test
    void aRunDueBeforeTheStartUpHasFinished_waitsForIt_insteadOfFailingUntilTheNextPeriod() {
        AtomicBoolean started = new AtomicBoolean(false);
        AtomicInteger sweeps = new AtomicInteger();
        List<Runnable> triedAgainLater = new ArrayList<>();
        Runnable run = Schedules.afterStartUp(started::get, triedAgainLater::add, "The sweep", sweeps::incrementAndGet);

        run.run();
        assertThat(sweeps).as("not on a schema still migrating").hasValue(0);
        assertThat(triedAgainLater).hasSize(1);

        triedAgainLater.remove(0).run();
        assertThat(sweeps).hasValue(0);
        assertThat(triedAgainLater).as("still waiting").hasSize(1);

        started.set(true);
        triedAgainLater.remove(0).run();
        assertThat(sweeps).as("runs once the start-up has finished").hasValue(1);
        assertThat(triedAgainLater).isEmpty();

        run.run();
        assertThat(sweeps).as("later periods run at once").hasValue(2);
    }

    @Test
    void aPeriodUnderAMinute_isSaidInSeconds_neverAsZeroMinutes() {
        assertThat(Schedules.spoken(Duration.ofSeconds(5))).isEqualTo("5 seconds");
        assertThat(Schedules.spoken(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(Schedules.spoken(Duration.ofSeconds(59))).isEqualTo("59 seconds");
        assertThat(Schedules.spoken(Duration.ofSeconds(90))).as("not rounded down to 1 minute").isEqualTo("90 seconds");
        assertThat(Schedules.spoken(Duration.ofMinutes(15))).isEqualTo("15 minutes");
        assertThat(Schedules.spoken(Duration.ofHours(24))).isEqualTo("1440 minutes");
    }

    @Test
    void eachRunThisInstanceDoes_isCountedAndTimedByJob_andAFailedOneAsFailed() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Schedules.measured(registry, "mail-sender", () -> { }).run();
        Schedules.measured(registry, "mail-sender", () -> { }).run();
        assertThatThrownBy(Schedules.measured(registry, "mail-sender", () -> {
            throw new IllegalStateException("the SMTP server did not answer");
        })::run).as("the schedule still logs the failure").isInstanceOf(IllegalStateException.class);

        assertThat(registry.get("dimple.scheduled.jobs").tags("job", "mail-sender", "outcome", "ok").timer().count()).isEqualTo(2);
        assertThat(registry.get("dimple.scheduled.jobs").tags("job", "mail-sender", "outcome", "failed").timer().count()).isEqualTo(1);
    }
}
