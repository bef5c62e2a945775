package dimple.infrastructure.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The readiness probe's view of the database: a load balancer must see DOWN fast when it refuses or hangs, and UP again once it answers. */
class ReachabilityTest {
    private static final Duration PATIENCE = Duration.ofMillis(200);
    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger probes = new AtomicInteger();

    private Reachability probing(java.util.concurrent.Callable<Boolean> database) {
        return new Reachability(() -> {
            probes.incrementAndGet();
            return database.call();
        }, PATIENCE, Duration.ofSeconds(1), clock::get);
    }

    @Test
    void aDatabaseThatAnswers_isReachable() {
        assertThat(probing(() -> true).reachable()).isTrue();
    }

    @Test
    void aDatabaseThatRefusesConnections_isUnreachable() {
        assertThat(probing(() -> {
            throw new SQLException("Connection refused");
        }).reachable()).isFalse();
    }

    @Test
    void aConnectionThatIsNoLongerValid_isUnreachable() {
        assertThat(probing(() -> false).reachable()).isFalse();
    }

    @Test
    void aDatabaseThatHangs_isUnreachableWithinThePatience_andTheHangingProbeIsNotStartedTwice() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Reachability hanging = probing(() -> {
            never.await();
            return true;
        });

        long began = System.nanoTime();
        assertThat(hanging.reachable()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(PATIENCE.multipliedBy(10));
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(hanging.reachable()).isFalse();
        assertThat(probes).hasValue(1);

        never.countDown();
        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(hanging.reachable()).as("the same probe answered at last").isTrue();
    }

    @Test
    void aProbeStuckForGood_isGivenUpAfterThirtySeconds_andANewOneFindsTheDatabase() {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        Reachability db = probing(() -> {
            if (asked.getAndIncrement() == 0) {
                never.await();
            }
            return true;
        });

        assertThat(db.reachable()).isFalse();
        clock.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(db.reachable()).as("still waiting for the first probe").isFalse();
        assertThat(probes).hasValue(1);
        clock.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThat(db.reachable()).as("the stuck probe given up, a new one answers").isTrue();
        assertThat(probes).hasValue(2);
        never.countDown();
    }

    @Test
    void frequentPolls_askTheDatabaseOnceASecond_andSeeItComeBack() {
        AtomicInteger answers = new AtomicInteger();
        Reachability db = probing(() -> answers.getAndIncrement() > 0);

        assertThat(db.reachable()).isFalse();
        assertThat(db.reachable()).as("within the second: the last answer").isFalse();
        assertThat(probes).hasValue(1);
        clock.addAndGet(Duration.ofMillis(1001).toNanos());
        assertThat(db.reachable()).as("a second later: asked again, and it answers").isTrue();
        assertThat(probes).hasValue(2);
    }
}
