package dimple.infrastructure.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.infrastructure.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Leases on scheduled work in the real schema (Flyway, H2, EclipseLink), outside the container: of two instances, one holds a lease. */
class JpaWorkLeasesIT {
    private static final String WORK = "coaching-retention";
    private static final Instant T = Instant.parse("2026-12-06T00:01:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private boolean take(String holder, Instant now, Instant until) {
        return take(WORK, holder, now, until);
    }

    private boolean take(String work, String holder, Instant now, Instant until) {
        Boolean taken = db.inTransaction(em -> new JpaWorkLeases(em).take(work, holder, now, until));
        return taken;
    }

    private boolean extend(String holder, Instant until) {
        Boolean extended = db.inTransaction(em -> new JpaWorkLeases(em).extend(WORK, holder, until));
        return extended;
    }

    private String holder(String work) {
        return db.inTransaction(em -> (String) em.createNativeQuery("select holder from scheduled_work_lease where name = ?1")
                .setParameter(1, work).getResultList().stream().findFirst().orElse(null));
    }

    @Test
    void theMigrations_nameTheKindsOfScheduledWork_eachFree() {
        for (String work : List.of("coaching-retention", "confidential-activity-release", "sign-in-upkeep", "retention")) {
            assertThat(take(work, "instance a", T, T.plus(TEN_MINUTES))).as(work).isTrue();
        }
    }

    @Test
    void ofTwoInstances_onlyTheFirstTakesAFreeLease() {
        assertThat(take("instance a", T, T.plus(TEN_MINUTES))).isTrue();

        assertThat(take("instance b", T, T.plus(TEN_MINUTES))).isFalse();
        assertThat(take("instance b", T.plus(TEN_MINUTES).minusSeconds(1), T.plus(Duration.ofMinutes(20)))).isFalse();
        assertThat(holder(WORK)).isEqualTo("instance a");
    }

    @Test
    void theHolder_takesItsOwnLeaseAgain_beforeItRunsOut() {
        take("instance a", T, T.plus(TEN_MINUTES));

        assertThat(take("instance a", T.plusSeconds(60), T.plus(Duration.ofHours(1)))).isTrue();
        assertThat(take("instance b", T.plus(Duration.ofMinutes(30)), T.plus(Duration.ofMinutes(40)))).isFalse();
    }

    @Test
    void aLeaseThatRanOut_goesToTheNextInstanceThatAsks_andItsOldHolderCannotExtendIt() {
        take("instance a", T, T.plus(TEN_MINUTES));

        assertThat(take("instance b", T.plus(TEN_MINUTES), T.plus(Duration.ofMinutes(20)))).isTrue();

        assertThat(holder(WORK)).isEqualTo("instance b");
        assertThat(extend("instance a", T.plus(Duration.ofMinutes(30)))).as("instance a lost it").isFalse();
        assertThat(take("instance a", T.plus(Duration.ofMinutes(11)), T.plus(Duration.ofMinutes(21)))).isFalse();
    }

    @Test
    void renewing_keepsTheLease_pastItsFirstEnd() {
        take("instance a", T, T.plus(TEN_MINUTES));

        assertThat(extend("instance a", T.plus(Duration.ofMinutes(20)))).isTrue();

        assertThat(take("instance b", T.plus(Duration.ofMinutes(15)), T.plus(Duration.ofMinutes(25)))).isFalse();
        assertThat(take("instance b", T.plus(Duration.ofMinutes(20)), T.plus(Duration.ofMinutes(30)))).isTrue();
    }

    @Test
    void aLeaseThatRanOutWhileNobodyTookIt_canStillBeRenewedByItsHolder() {
        take("instance a", T, T.plus(TEN_MINUTES));

        assertThat(extend("instance a", T.plus(Duration.ofMinutes(25)))).isTrue();
        assertThat(take("instance b", T.plus(Duration.ofMinutes(20)), T.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void aReleasedLease_isFreeAtOnce_butOnlyItsHolderCanReleaseIt() {
        take("instance a", T, T.plus(Duration.ofHours(1)));
        db.run(em -> new JpaWorkLeases(em).release(WORK, "instance b"));
        assertThat(take("instance b", T.plusSeconds(60), T.plus(TEN_MINUTES))).isFalse();

        db.run(em -> new JpaWorkLeases(em).release(WORK, "instance a"));

        assertThat(take("instance b", T.plusSeconds(60), T.plus(TEN_MINUTES))).isTrue();
    }

    @Test
    void aKindOfWorkNoMigrationNamed_getsItsRowWithItsFirstLease() {
        assertThat(holder("outbox")).isNull();

        assertThat(take("outbox", "instance a", T, T.plus(TEN_MINUTES))).isTrue();
        assertThat(take("outbox", "instance b", T, T.plus(TEN_MINUTES))).isFalse();
        assertThat(holder("outbox")).isEqualTo("instance a");
    }

    @Test
    void anInstanceWhoseUpdateWaitedForAnotherInstancesLock_findsTheLeaseTaken() throws Exception {
        EntityManager first = db.newEntityManager();
        EntityTransaction tx = first.getTransaction();
        tx.begin();
        assertThat(new JpaWorkLeases(first).take(WORK, "instance a", T, T.plus(TEN_MINUTES))).isTrue();

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> take("instance b", T, T.plus(TEN_MINUTES)));
        Thread.sleep(200);
        tx.commit();
        first.close();

        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(holder(WORK)).isEqualTo("instance a");
    }

    @Test
    void instancesTryingAtTheSameMoment_exactlyOneWinsEachTime() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String work = "race " + round;
                db.run(em -> em.createNativeQuery("insert into scheduled_work_lease (name) values (?1)").setParameter(1, work).executeUpdate());
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> tries = new ArrayList<>();
                for (String holder : List.of("instance a", "instance b")) {
                    tries.add(instances.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return take(work, holder, T, T.plus(TEN_MINUTES));
                    }));
                }
                List<Boolean> won = new ArrayList<>();
                for (Future<Boolean> t : tries) {
                    won.add(t.get(20, TimeUnit.SECONDS));
                }
                assertThat(won).as(work).containsExactlyInAnyOrder(true, false);
            }
        } finally {
            instances.shutdownNow();
        }
    }
}
