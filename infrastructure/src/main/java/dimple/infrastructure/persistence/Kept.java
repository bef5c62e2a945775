package dimple.infrastructure.persistence;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
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
 */
public final class Kept<T> {
    private static final Logger LOG = Logger.getLogger(Kept.class.getName());

    private final long periodNanos;
    private final Supplier<? extends Executor> refresher;
    private final ReentrantLock first = new ReentrantLock();
    private final AtomicBoolean refreshing = new AtomicBoolean();
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
        return value;
    }

    private void refresh(Supplier<T> work) {
        try {
            T fresh = work.get();
            if (fresh != null) {
                value = fresh;
                until = System.nanoTime() + periodNanos;
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
            if (value == null) {
                value = work.get();
                until = System.nanoTime() + periodNanos;
            }
            return value;
        } finally {
            first.unlock();
        }
    }
}
