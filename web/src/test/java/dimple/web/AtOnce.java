package dimple.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Sends the same kind of request from several threads at the same moment, as a busy organisation (or
 * several tabs, or a retrying client) would: every thread waits at a barrier, then all go together. The
 * answers come back in the order of the threads. A thread that does not finish within the bound fails
 * the test instead of hanging the build.
 */
public final class AtOnce {
    private static final long BOUND_SECONDS = 60;

    private AtOnce() {
    }

    /** Runs {@code work.apply(i)} for i in 0..threads-1, all released together; their results in thread order. */
    public static <T> List<T> run(int threads, IntFunction<Callable<T>> work) {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> one = work.apply(i);
                futures.add(pool.submit(() -> {
                    start.await(BOUND_SECONDS, TimeUnit.SECONDS);
                    return one.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(BOUND_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while requests were under way", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a request sent at once did not come back: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }
}
