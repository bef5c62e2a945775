package dimple.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptTest {
    @Test
    void aValue_isWorkedOutOnce_andKeptForItsPeriod() {
        Kept<Integer> kept = new Kept<>(Duration.ofMinutes(1));
        AtomicInteger works = new AtomicInteger();

        assertThat(kept.get(works::incrementAndGet)).isEqualTo(1);
        assertThat(kept.get(works::incrementAndGet)).isEqualTo(1);
        assertThat(works).hasValue(1);
    }

    @Test
    void afterItsPeriod_itIsWorkedOutAgain() throws Exception {
        Kept<Integer> kept = new Kept<>(Duration.ofMillis(1));
        AtomicInteger works = new AtomicInteger();
        kept.get(works::incrementAndGet);
        Thread.sleep(5);

        assertThat(kept.get(works::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void whileOneCallerWorksItOutAgain_theOthersGetTheValueFromBefore() throws Exception {
        Kept<String> kept = new Kept<>(Duration.ofMillis(1));
        kept.get(() -> "before");
        Thread.sleep(5);
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> kept.get(() -> {
            working.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "after";
        }));
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(kept.get(() -> "not asked")).isEqualTo("before");
        finish.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("after");
    }

    @Test
    void withAnExecutor_theCallerThatFindsItOutOfDate_doesNotWait_andOneRefreshIsQueued() throws Exception {
        Queue<Runnable> refreshes = new ArrayDeque<>();
        Kept<String> kept = new Kept<>(Duration.ofMillis(1), () -> refreshes::add);
        assertThat(kept.get(() -> "first")).as("the very first value is worked out by the caller").isEqualTo("first");
        Thread.sleep(5);

        assertThat(kept.get(() -> "fresh")).isEqualTo("first");
        assertThat(kept.get(() -> "fresh")).isEqualTo("first");
        assertThat(refreshes).hasSize(1);

        refreshes.remove().run();
        assertThat(kept.get(() -> "not asked")).isEqualTo("fresh");
    }

    @Test
    void aRefreshThatFails_keepsTheValueFromBefore_andTheNextCallTriesAgain() throws Exception {
        Kept<String> kept = new Kept<>(Duration.ofMillis(1));
        kept.get(() -> "before");
        Thread.sleep(5);

        assertThat(kept.get(() -> {
            throw new IllegalStateException("the database is away");
        })).isEqualTo("before");
        assertThat(kept.get(() -> "after")).isEqualTo("after");
    }

    @Test
    void aRefusedRefresh_keepsTheValueFromBefore_andTheNextCallTriesAgain() throws Exception {
        AtomicInteger offered = new AtomicInteger();
        Kept<String> kept = new Kept<>(Duration.ofMillis(1), () -> task -> {
            if (offered.incrementAndGet() == 1) {
                throw new RejectedExecutionException("shutting down");
            }
            task.run();
        });
        kept.get(() -> "before");
        Thread.sleep(5);

        assertThat(kept.get(() -> "after")).isEqualTo("before");
        assertThat(kept.get(() -> "after")).isEqualTo("after");
    }

    @Test
    void aForgottenValue_isWorkedOutAgainByTheNextCaller_whoWaitsForIt() {
        Kept<Integer> kept = new Kept<>(Duration.ofMinutes(1), () -> command -> {
            throw new AssertionError("no refresh is due");
        });
        AtomicInteger works = new AtomicInteger();
        kept.get(works::incrementAndGet);

        kept.forget();

        assertThat(kept.get(works::incrementAndGet)).isEqualTo(2);
        assertThat(kept.get(works::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aRefreshUnderWayWhenTheValueIsForgotten_doesNotBringTheOldValueBack() throws Exception {
        Kept<String> kept = new Kept<>(Duration.ofMillis(1));
        kept.get(() -> "counted before the change");
        Thread.sleep(5);
        AtomicBoolean changeCommitsWhileCounting = new AtomicBoolean(true);

        String answer = kept.get(() -> {
            if (changeCommitsWhileCounting.getAndSet(false)) {
                kept.forget();
                return "read before the change";
            }
            return "counted after the change";
        });

        assertThat(answer).isEqualTo("counted after the change");
        assertThat(kept.get(() -> "not asked")).isEqualTo("counted after the change");
    }
}
