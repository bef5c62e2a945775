package dimple.infrastructure.bootstrap;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Repeating work on the container's managed scheduler (no EJB timers). A run that fails is logged and
 * the schedule goes on: the next run tries again.
 */
public final class Schedules {
    static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";
    private static final Logger LOG = Logger.getLogger(Schedules.class.getName());

    private Schedules() {
    }

    /** Runs {@code task} first after {@code firstDelay}, then every {@code period}; empty when there is no scheduler. */
    public static Optional<ScheduledFuture<?>> every(Duration period, Duration firstDelay, String what, Runnable task) {
        try {
            ManagedScheduledExecutorService scheduler = (ManagedScheduledExecutorService) new InitialContext().lookup(SCHEDULER);
            Runnable guarded = () -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, what + " failed; it runs again in " + period.toMinutes() + " minutes.", e);
                }
            };
            ScheduledFuture<?> future = scheduler.scheduleAtFixedRate(guarded, firstDelay.toSeconds(), period.toSeconds(), TimeUnit.SECONDS);
            LOG.info(() -> what + " scheduled every " + period.toMinutes() + " minutes, first in " + firstDelay.toSeconds() + " s.");
            return Optional.of(future);
        } catch (NamingException e) {
            LOG.log(Level.SEVERE, "No managed scheduler at " + SCHEDULER + ": " + what + " does not run", e);
            return Optional.empty();
        }
    }
}
