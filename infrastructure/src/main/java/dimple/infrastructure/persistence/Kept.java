package dimple.infrastructure.persistence;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value worked out again at most once per period, and by one caller at a time: while one caller
 * works it out, the others get the value from before instead of all doing the same slow query at
 * once when the period ends (with 16 clients on the lessons board that queue took seconds). Only the
 * very first callers wait, as there is no value yet.
 */
public final class Kept<T> {
    private final long periodNanos;
    private final ReentrantLock working = new ReentrantLock();
    private volatile T value;
    private volatile long until;

    public Kept(Duration period) {
        this.periodNanos = period.toNanos();
    }

    public T get(Supplier<T> work) {
        T known = value;
        if (known != null && System.nanoTime() - until < 0) {
            return known;
        }
        if (known != null && !working.tryLock()) {
            return known;
        }
        if (known == null) {
            working.lock();
        }
        try {
            if (value == null || System.nanoTime() - until >= 0) {
                value = work.get();
                until = System.nanoTime() + periodNanos;
            }
            return value;
        } finally {
            working.unlock();
        }
    }
}
