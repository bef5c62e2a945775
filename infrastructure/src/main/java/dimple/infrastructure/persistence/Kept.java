package dimple.infrastructure.persistence;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A value worked out again at most once per period, by one refresh at a time, while callers keep
 * getting the value from before: when the period ends, the first caller hands the work to the
 * refresher and returns at once, so nobody waits for the slow query (with 16 clients on the lessons
 * board, the caller that refreshed the tag list waited 6-12 seconds). Only the very first callers
 * wait, as there is no value yet. Without an executor (none given, or none injected yet, as in tests
 * that make the adapter by hand), the refresh runs in the caller that starts it; the others still get
 * the value from before.
 *
 * <p>{@link #forget} drops the value when it is known to be out of date (a lesson was published): the next
 * caller works it out again and waits for it, and a refresh that was already under way does not bring the
 * old value back.
 */
public final class Kept<T> {
    private static final Logger LOG = Logger.getLogger(Kept.class.getName());

    private final long periodNanos;
    private final Supplier<? extends Executor> refresher;
    private final ReentrantLock first = new ReentrantLock();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicLong generation = new AtomicLong();
    private volatile T value;
    private volatile long until;

    public Kept(Duration period) {
        this(period, () -> null);
    }

    /** Kept values worked out again by the executor the supplier gives when a refresh is due (null: by the caller). */
    public Kept(Duration period, Supplier<? extends Executor> refresher) {
        this.periodNanos = period.toNanos();
        this.refresher = refresher;
    }

    public T get(Supplier<T> work) {
        T known = value;
        if (known == null) {
            return first(work);
        }
        if (System.nanoTime() - until >= 0 && refreshing.compareAndSet(false, true)) {
            try {
                Executor executor = refresher.get();
                if (executor == null) {
                    refresh(work);
                } else {
                    executor.execute(() -> refresh(work));
                }
            } catch (RuntimeException e) {
                // Refused (e.g. the executor is shutting down): a later call tries again.
                refreshing.set(false);
                LOG.log(Level.WARNING, "The refresh of a kept value could not start; the previous value stays", e);
            }
        }
        T now = value;
        return now != null ? now : first(work);
    }

    /** The value is out of date: the next caller works it out again, and waits for it. */
    public void forget() {
        first.lock();
        try {
            generation.incrementAndGet();
            value = null;
        } finally {
            first.unlock();
        }
    }

    private void refresh(Supplier<T> work) {
        long started = generation.get();
        try {
            T fresh = work.get();
            first.lock();
            try {
                // Not when the value was forgotten meanwhile: the refresh may have read from before the change.
                if (fresh != null && generation.get() == started) {
                    value = fresh;
                    until = System.nanoTime() + periodNanos;
                }
            } finally {
                first.unlock();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A kept value could not be worked out again; the previous value stays", e);
        } finally {
            refreshing.set(false);
        }
    }

    private T first(Supplier<T> work) {
        first.lock();
        try {
            T known = value;
            if (known == null) {
                known = work.get();
                value = known;
                until = System.nanoTime() + periodNanos;
            }
            return known;
        } finally {
            first.unlock();
        }
    }
}
