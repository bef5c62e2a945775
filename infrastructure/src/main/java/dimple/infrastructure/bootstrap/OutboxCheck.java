package dimple.infrastructure.bootstrap;

import dimple.infrastructure.shared.JpaOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: "outbox" is DOWN when a message has been ready to hand on for more than ten minutes
 * (the outbox is handed on every minute, so nobody has been doing it: docs/outbox.md). A message that fails is
 * tried again later and is no sign of a stuck outbox; its failures show on the administrators' outbox page.
 * Asked at most every 30 s (a question that fails: DOWN until the next), and only while the database is ready
 * (DOWN otherwise, without asking it).
 */
@Readiness
@ApplicationScoped
public class OutboxCheck implements HealthCheck {
    static final String NAME = "outbox";
    static final Duration STUCK_AFTER = Duration.ofMinutes(10);
    static final Duration FRESH = Duration.ofSeconds(30);

    private BooleanSupplier databaseReady;
    private Predicate<Instant> stuckAt;
    private Clock clock;

    private Instant askedAt;
    private boolean flowing;

    public OutboxCheck() {
    }

    OutboxCheck(BooleanSupplier databaseReady, Predicate<Instant> stuckAt, Clock clock) {
        this.databaseReady = databaseReady;
        this.stuckAt = stuckAt;
        this.clock = clock;
    }

    @Inject
    void wire(DatabaseReadiness database, JpaOutbox outbox) {
        databaseReady = database::ready;
        stuckAt = now -> outbox.stuck(now, STUCK_AFTER);
        clock = Clock.systemUTC();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthAnswer.of(NAME, this::flowing);
    }

    private synchronized boolean flowing() {
        if (!databaseReady.getAsBoolean()) {
            askedAt = null;
            return false;
        }
        Instant now = clock.instant();
        if (askedAt == null || !now.isBefore(askedAt.plus(FRESH))) {
            // A question that fails counts as DOWN until the next one, 30 s on: one log line per 30 s, not per poll.
            askedAt = now;
            flowing = false;
            flowing = !stuckAt.test(now);
        }
        return flowing;
    }
}
