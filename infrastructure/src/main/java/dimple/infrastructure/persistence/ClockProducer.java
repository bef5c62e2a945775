package dimple.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * Time for the services: the system clock in UTC, in whole microseconds, the precision the databases keep
 * ({@code timestamp with time zone}: six digits on H2 and PostgreSQL). An answer written from a fresh change then
 * shows the same times as every later read of it. Tests pass a fixed clock instead.
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @ApplicationScoped
    public Clock clock() {
        return inMicroseconds(Clock.systemUTC());
    }

    static Clock inMicroseconds(Clock clock) {
        return Clock.tick(clock, Duration.ofNanos(1_000));
    }
}
