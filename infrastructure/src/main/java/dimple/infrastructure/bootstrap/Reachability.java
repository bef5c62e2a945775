package dimple.infrastructure.bootstrap;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Whether something the application needs (its database) answers, for the readiness probe: asked at most
 * once per {@code fresh} however often a load balancer polls, and never waiting longer than {@code patience}
 * (a database that hangs is as unreachable as one that refuses). While a probe is still hanging no second one
 * is started; it is waited for again at the next look, for {@link #GIVE_UP_AFTER} at most: a probe stuck for good
 * (a connection lost in the pool, a socket nobody answers) is left to itself and a new one asked, so that one stuck
 * question cannot keep an instance unready forever. At most one new thread per that time while the database hangs.
 */
final class Reachability {
    private final Callable<Boolean> probe;
    private final Duration patience;
    private final long freshNanos;
    private final LongSupplier nanoTime;

    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private CompletableFuture<Boolean> pending;
    private long pendingSince;
    private boolean lastAnswer;
    private long answeredAt;
    private boolean answered;

    Reachability(Callable<Boolean> probe, Duration patience, Duration fresh, LongSupplier nanoTime) {
        this.probe = probe;
        this.patience = patience;
        this.freshNanos = fresh.toNanos();
        this.nanoTime = nanoTime;
    }

    synchronized boolean reachable() {
        long now = nanoTime.getAsLong();
        if (answered && now - answeredAt < freshNanos) {
            return lastAnswer;
        }
        if (pending != null && now - pendingSince > GIVE_UP_AFTER.toNanos()) {
            pending = null;
        }
        if (pending == null) {
            pending = start();
            pendingSince = now;
        }
        boolean reachable;
        try {
            reachable = pending.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            pending = null;
        } catch (TimeoutException stillWaiting) {
            reachable = false;
        } catch (ExecutionException | RuntimeException failed) {
            reachable = false;
            pending = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        lastAnswer = reachable;
        answeredAt = nanoTime.getAsLong();
        answered = true;
        return reachable;
    }

    /** The probe on a daemon thread of its own, so that a hanging connection never holds a request thread. */
    private CompletableFuture<Boolean> start() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                answer.complete(Boolean.TRUE.equals(probe.call()));
            } catch (Exception | Error e) {
                answer.completeExceptionally(e);
            }
        }, "dimple-readiness-probe");
        thread.setDaemon(true);
        thread.start();
        return answer;
    }
}
