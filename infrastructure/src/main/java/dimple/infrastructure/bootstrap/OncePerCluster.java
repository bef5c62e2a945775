package dimple.infrastructure.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a kind of scheduled work on one instance of a cluster at a time, and once per period. Every
 * instance fires its own schedule; at each firing it tries to take the work's lease (see {@link WorkLeases}).
 * The winner runs the work, renewing the lease every third of {@link #WHILE_WORKING} while it works, and
 * then keeps the lease until the next run is due, so instances that fire later in the same period leave
 * the work alone. The holder's own next firing takes the lease again, so the work stays with it.
 *
 * <p>An instance that dies stops renewing: its lease runs out ({@link #WHILE_WORKING} after its last
 * renewal while it worked, or when the next run was due), and the first instance to fire after that takes
 * the work over. One that stops in an orderly way gives its leases up (see {@link #release}).
 */
public final class OncePerCluster {
    /** How long a lease lasts without renewal while its work runs; renewed every third of it. */
    public static final Duration WHILE_WORKING = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());

    /** Calls {@code beat} every {@code interval} until the returned stop is run. */
    @FunctionalInterface
    public interface Heartbeat {
        Runnable every(Duration interval, Runnable beat);
    }

    private final WorkLeases leases;
    private final Clock clock;
    private final String holder;
    private final Heartbeat heartbeat;

    /**
     * @param holder this instance's name in the lease table: unique in the cluster, and new at each start
     */
    public OncePerCluster(WorkLeases leases, Clock clock, String holder, Heartbeat heartbeat) {
        this.leases = leases;
        this.clock = clock;
        this.holder = holder;
        this.heartbeat = heartbeat;
    }

    /**
     * Runs {@code task} when this instance wins the lease on {@code work}; the lease is then kept until the
     * next run is due, {@code period} after this one started, whether the task succeeded or failed.
     *
     * @return whether this instance ran the work
     */
    public boolean runIfDue(String work, Duration period, Runnable task) {
        Instant start = clock.instant();
        boolean taken;
        try {
            taken = leases.take(work, holder, start, start.plus(WHILE_WORKING));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "The lease on " + work + " could not be taken; another instance may hold it.");
            taken = false;
        }
        if (!taken) {
            return false;
        }
        Runnable stop = heartbeat.every(WHILE_WORKING.dividedBy(3), () -> renew(work));
        try {
            task.run();
        } finally {
            stop.run();
            keepUntil(work, start.plus(period));
        }
        return true;
    }

    private void keepUntil(String work, Instant nextRun) {
        try {
            Instant now = clock.instant();
            if (!leases.extend(work, holder, nextRun.isAfter(now) ? nextRun : now)) {
                LOG.warning(() -> "Another instance took the lease on " + work + " while this one worked; the work may have run twice.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "The lease on " + work + " could not be kept until its next run; it runs out on its own.");
        }
    }

    /** Gives this instance's lease on {@code work} up, so another instance may take the work at its next firing. */
    public void release(String work) {
        leases.release(work, holder);
    }

    private void renew(String work) {
        try {
            if (!leases.extend(work, holder, clock.instant().plus(WHILE_WORKING))) {
                LOG.warning(() -> "Another instance took the lease on " + work + " while this one worked; the work may run twice.");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "The lease on " + work + " could not be renewed; it runs out unless the next renewal succeeds.");
        }
    }
}
