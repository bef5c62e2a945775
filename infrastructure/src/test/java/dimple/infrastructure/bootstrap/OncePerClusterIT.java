package dimple.infrastructure.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.infrastructure.persistence.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of a cluster firing the same hourly schedule against one database (Flyway, H2,
 * EclipseLink, outside the container): the work runs once per period, on one instance at a time, and
 * moves to the other instance when its holder dies. Time and the heartbeat are turned by hand.
 */
class OncePerClusterIT {
    private static final String WORK = "sign-in-upkeep";
    private static final Duration HOURLY = Duration.ofHours(1);
    private static final Instant T = Instant.parse("2026-12-06T09:05:00Z");

    private final TestDatabase db = TestDatabase.migrated();
    private final Turned clock = new Turned(T);
    private final Beats beats = new Beats();
    private final OncePerCluster a = new OncePerCluster(leases(), clock, "instance a", beats);
    private final OncePerCluster b = new OncePerCluster(leases(), clock, "instance b", beats);
    private final List<String> ran = new ArrayList<>();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private Runnable work(String by) {
        return () -> ran.add(by + " at " + clock.instant());
    }

    @Test
    void twoInstancesFiringInTheSamePeriod_runTheWorkOnce_andTheHolderKeepsIt() {
        assertThat(a.runIfDue(WORK, HOURLY, work("a"))).isTrue();
        clock.turn(Duration.ofMinutes(5));
        assertThat(b.runIfDue(WORK, HOURLY, work("b"))).isFalse();

        clock.set(T.plus(HOURLY));
        assertThat(a.runIfDue(WORK, HOURLY, work("a"))).isTrue();
        clock.turn(Duration.ofMinutes(5));
        assertThat(b.runIfDue(WORK, HOURLY, work("b"))).isFalse();

        assertThat(ran).containsExactly("a at 2026-12-06T09:05:00Z", "a at 2026-12-06T10:05:00Z");
    }

    @Test
    void whenTheHolderDiesBetweenRuns_theOtherInstanceTakesTheWorkOver_atItsFirstFiringAfterTheNextRunWasDue() {
        a.runIfDue(WORK, HOURLY, work("a"));

        clock.set(T.plus(Duration.ofMinutes(59)));
        assertThat(b.runIfDue(WORK, HOURLY, work("b"))).isFalse();
        clock.set(T.plus(HOURLY));
        assertThat(b.runIfDue(WORK, HOURLY, work("b"))).isTrue();

        assertThat(ran).containsExactly("a at 2026-12-06T09:05:00Z", "b at 2026-12-06T10:05:00Z");
    }

    @Test
    void whenTheHolderDiesWhileWorking_itsLeaseRunsOutTenMinutesAfterItsLastRenewal() {
        // Instance a took the lease to work, and died before renewing it or finishing.
        assertThat(leases().take(WORK, "instance a", T, T.plus(OncePerCluster.WHILE_WORKING))).isTrue();

        clock.set(T.plus(Duration.ofMinutes(9)));
        assertThat(b.runIfDue(WORK, HOURLY, work("b"))).isFalse();
        clock.set(T.plus(Duration.ofMinutes(10)));
        assertThat(b.runIfDue(WORK, HOURLY, work("b"))).isTrue();

        assertThat(ran).containsExactly("b at 2026-12-06T09:15:00Z");
    }

    @Test
    void whileTheWorkRuns_theHeartbeatRenewsTheLease_soNoOtherInstanceStartsIt() {
        List<Boolean> bTried = new ArrayList<>();
        a.runIfDue(WORK, HOURLY, () -> {
            clock.turn(Duration.ofMinutes(8));
            beats.beat();
            clock.turn(Duration.ofMinutes(8));
            bTried.add(b.runIfDue(WORK, HOURLY, work("b")));
            beats.beat();
            clock.turn(Duration.ofMinutes(8));
            bTried.add(b.runIfDue(WORK, HOURLY, work("b")));
        });

        assertThat(beats.interval).isEqualTo(Duration.ofMinutes(10).dividedBy(3));
        assertThat(bTried).containsExactly(false, false);
        assertThat(ran).isEmpty();
        assertThat(beats.beating()).as("the heartbeat stops with the work").isFalse();
    }

    @Test
    void workThatOutlivesItsLeaseWithoutRenewal_canBeStartedBySomeoneElse_andItsFirstHolderSaysSo() {
        List<Boolean> bTried = new ArrayList<>();
        List<LogRecord> logged = logged(() -> a.runIfDue(WORK, HOURLY, () -> {
            clock.turn(Duration.ofMinutes(11));
            bTried.add(b.runIfDue(WORK, HOURLY, work("b")));
        }));

        assertThat(bTried).containsExactly(true);
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage()).contains("the work may have run twice");
        });
    }

    private static List<LogRecord> logged(Runnable action) {
        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(OncePerCluster.class.getName());
        Handler keep = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                logged.add(logRecord);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(keep);
        log.setUseParentHandlers(false);
        try {
            action.run();
        } finally {
            log.removeHandler(keep);
            log.setUseParentHandlers(true);
        }
        return logged;
    }

    @Test
    void aRunThatFails_keepsTheLeaseUntilTheNextRunIsDue_andTheNextRunTriesAgain() {
        assertThatThrownBy(() -> a.runIfDue(WORK, HOURLY, () -> {
            throw new IllegalStateException("the database went away");
        })).hasMessage("the database went away");
        assertThat(beats.beating()).isFalse();

        clock.turn(Duration.ofMinutes(5));
        assertThat(b.runIfDue(WORK, HOURLY, work("b"))).isFalse();
        clock.set(T.plus(HOURLY));
        assertThat(a.runIfDue(WORK, HOURLY, work("a"))).isTrue();
    }

    @Test
    void anInstanceThatStopsInAnOrderlyWay_givesItsLeaseUp_andTheOtherRunsTheWorkAtItsNextFiring() {
        a.runIfDue(WORK, HOURLY, work("a"));

        a.release(WORK);
        clock.turn(Duration.ofMinutes(5));

        assertThat(b.runIfDue(WORK, HOURLY, work("b"))).isTrue();
    }

    /** Each call in a transaction of its own, as JpaWorkLeases does in the container. */
    private WorkLeases leases() {
        return new WorkLeases() {
            @Override
            public boolean take(String work, String holder, Instant now, Instant until) {
                Boolean taken = db.inTransaction(em -> new JpaWorkLeases(em).take(work, holder, now, until));
                return taken;
            }

            @Override
            public boolean extend(String work, String holder, Instant until) {
                Boolean extended = db.inTransaction(em -> new JpaWorkLeases(em).extend(work, holder, until));
                return extended;
            }

            @Override
            public void release(String work, String holder) {
                db.run(em -> new JpaWorkLeases(em).release(work, holder));
            }
        };
    }

    /** A clock turned by hand. */
    private static final class Turned extends Clock {
        private Instant now;

        Turned(Instant now) {
            this.now = now;
        }

        void turn(Duration by) {
            now = now.plus(by);
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** A heartbeat that beats when the test says so. */
    private static final class Beats implements OncePerCluster.Heartbeat {
        private Runnable beat;
        private Duration interval;

        @Override
        public Runnable every(Duration every, Runnable onBeat) {
            this.interval = every;
            this.beat = onBeat;
            return () -> this.beat = null;
        }

        void beat() {
            beat.run();
        }

        boolean beating() {
            return beat != null;
        }
    }
}
