package dimple.infrastructure.bootstrap;

import dimple.infrastructure.shared.metrics.Meters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Repeating work on the container's managed scheduler (no EJB timers), done by one instance of a cluster
 * at a time and once per period ({@link OncePerCluster}, docs/adr/0019). A run that fails is logged and the
 * schedule goes on: the next run tries again. A run never starts before {@link Startup} has migrated the
 * schema: one due earlier waits for it, a few seconds at a time.
 */
public final class Schedules {
    static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";
    private static final Logger LOG = Logger.getLogger(Schedules.class.getName());
    /** This instance's name in the lease table: new at every start, so a restarted instance is a new holder. */
    static final String HOLDER = holderName();
    /** How soon a run that came before the start-up had finished (schema migrated) is tried again. */
    static final Duration UNTIL_STARTED = Duration.ofSeconds(2);

    private Schedules() {
    }

    /** A schedule that runs; stopping it cancels it and gives its lease up. */
    public interface Scheduled {
        void stop();
    }

    /**
     * Runs {@code task} first after {@code firstDelay}, then every {@code period}, on whichever instance
     * holds the lease named {@code work}; empty when there is no scheduler.
     */
    public static Optional<Scheduled> every(String work, Duration period, Duration firstDelay, String what, Runnable task) {
        try {
            ManagedScheduledExecutorService scheduler = (ManagedScheduledExecutorService) new InitialContext().lookup(SCHEDULER);
            Runnable guarded = afterStartUp(() -> CDI.current().select(Startup.class).get().isReady(),
                    again -> scheduler.schedule(again, UNTIL_STARTED.toSeconds(), TimeUnit.SECONDS), what, () -> {
                        try {
                            if (!oncePerCluster(scheduler).runIfDue(work, period, measured(Meters.registry(), work, task))) {
                                LOG.fine(() -> what + ": another instance does it this time.");
                            }
                        } catch (RuntimeException e) {
                            LOG.log(Level.SEVERE, what + " failed; it runs again in " + spoken(period) + ".", e);
                        }
                    });
            ScheduledFuture<?> future = scheduler.scheduleAtFixedRate(guarded, firstDelay.toSeconds(), period.toSeconds(), TimeUnit.SECONDS);
            LOG.info(() -> what + " scheduled every " + spoken(period) + ", first in " + firstDelay.toSeconds() + " s.");
            return Optional.of(() -> {
                future.cancel(false);
                try {
                    oncePerCluster(scheduler).release(work);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, e, () -> "The lease on " + work + " was not given up; it runs out on its own.");
                }
            });
        } catch (NamingException e) {
            LOG.log(Level.SEVERE, "No managed scheduler at " + SCHEDULER + ": " + what + " does not run", e);
            return Optional.empty();
        }
    }

    /**
     * {@code task}, counted and timed for the operator's metrics under its work's name, whether it succeeded or
     * failed: {@code dimple_scheduled_jobs_seconds{job, outcome}}. Only runs this instance did are counted.
     */
    static Runnable measured(MeterRegistry registry, String work, Runnable task) {
        return () -> Meters.timed(registry, "dimple.scheduled.jobs", "Runs of scheduled work by job and outcome", Tags.of("job", work),
                e -> "failed", () -> {
                    task.run();
                    return null;
                });
    }

    /** A period as a log line says it: in seconds under two minutes or when not whole minutes, else in minutes. */
    static String spoken(Duration period) {
        long seconds = period.toSeconds();
        if (seconds < 120 || seconds % 60 != 0) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return seconds / 60 + " minutes";
    }

    /**
     * {@code run}, once the start-up has finished: listeners start in no fixed order, so a run may come while
     * the schema is still migrating; it then goes to {@code later}, to be tried again shortly.
     */
    static Runnable afterStartUp(BooleanSupplier started, Consumer<Runnable> later, String what, Runnable run) {
        return new Runnable() {
            @Override
            public void run() {
                if (started.getAsBoolean()) {
                    run.run();
                } else {
                    LOG.fine(() -> what + " waits for the start-up to finish.");
                    later.accept(this);
                }
            }
        };
    }

    private static OncePerCluster oncePerCluster(ManagedScheduledExecutorService scheduler) {
        return new OncePerCluster(CDI.current().select(JpaWorkLeases.class).get(), CDI.current().select(Clock.class).get(), HOLDER,
                (interval, beat) -> {
                    ScheduledFuture<?> beating = scheduler.scheduleAtFixedRate(beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
                    return () -> beating.cancel(false);
                });
    }

    private static String holderName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            host = "unknown host";
        }
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String name = host + " " + ProcessHandle.current().pid() + " " + HexFormat.of().formatHex(random);
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
