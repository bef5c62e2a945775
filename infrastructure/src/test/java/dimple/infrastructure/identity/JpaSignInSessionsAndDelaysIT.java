package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.SignInDelay;
import dimple.domain.identity.SignedInSession;
import dimple.infrastructure.persistence.Queries;
import dimple.infrastructure.persistence.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sessions and sign-in delays in the real schema (Flyway, H2, EclipseLink), outside the container. */
class JpaSignInSessionsAndDelaysIT {
    private static final Instant T = Instant.parse("2026-12-06T09:00:00.123456Z");

    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private <T> T read(Function<EntityManager, T> query) {
        return db.inTransaction(query);
    }

    private Account account(String username) {
        Account account = Account.open(username, username, "hash", Set.of(Role.EMPLOYEE), T);
        db.run(em -> new JpaAccountRepository(em).save(account));
        return account;
    }

    private SignedInSession session(Account account, char hash, Instant at) {
        SignedInSession session = SignedInSession.start(account.id(), String.valueOf(hash).repeat(64), "Firefox on Linux", at, Duration.ofHours(12));
        db.run(em -> new JpaSignedInSessionRepository(em).save(session));
        return session;
    }

    @Test
    void sessions_areFoundByTheHashOfTheirSecret_listedPerPerson_andEndedTogetherExceptOne() {
        Account emma = account("emma");
        Account eli = account("eli");
        SignedInSession kept = session(emma, 'a', T);
        session(emma, 'b', T.plusSeconds(60));
        session(eli, 'c', T);

        Optional<SignedInSession> found = read(em -> new JpaSignedInSessionRepository(em).findByTokenHash("a".repeat(64)));
        assertThat(found)
                .hasValueSatisfying(s -> assertThat(s.startedAt()).isEqualTo(T));
        List<SignedInSession> emmasSessions = read(em -> new JpaSignedInSessionRepository(em).findByAccount(emma.id()));
        assertThat(emmasSessions)
                .extracting(SignedInSession::tokenHash).containsExactly("b".repeat(64), "a".repeat(64));

        int ended = db.inTransaction(em -> new JpaSignedInSessionRepository(em).deleteByAccountExcept(emma.id(), kept.id()));

        assertThat(ended).isEqualTo(1);
        long emmasLeft = read(em -> new JpaSignedInSessionRepository(em).countByAccount(emma.id()));
        assertThat(emmasLeft).isEqualTo(1);
        long elisLeft = read(em -> new JpaSignedInSessionRepository(em).countByAccount(eli.id()));
        assertThat(elisLeft).isEqualTo(1);
        int endedTheRest = read(em -> new JpaSignedInSessionRepository(em).deleteByAccountExcept(emma.id(), null));
        assertThat(endedTheRest).isEqualTo(1);
    }

    @Test
    void sessions_pastTheirLifetime_areRemoved_andLastSeenIsStored() {
        Account emma = account("emma");
        SignedInSession session = session(emma, 'a', T);
        db.run(em -> {
            JpaSignedInSessionRepository repository = new JpaSignedInSessionRepository(em);
            SignedInSession loaded = repository.findById(session.id()).orElseThrow();
            loaded.seenAt(T.plus(Duration.ofMinutes(5)));
            repository.save(loaded);
        });
        Optional<SignedInSession> stored = read(em -> new JpaSignedInSessionRepository(em).findById(session.id()));
        assertThat(stored)
                .hasValueSatisfying(s -> assertThat(s.lastSeenAt()).isEqualTo(T.plus(Duration.ofMinutes(5))));

        int removed = read(em -> new JpaSignedInSessionRepository(em).deleteEndedBefore(T.plus(Duration.ofHours(13))));
        assertThat(removed).isEqualTo(1);
    }

    @Test
    void delays_areKeptPerKey_listedWhileTheyWait_andForgottenAfterADay() {
        db.run(em -> {
            JpaSignInDelayRepository delays = new JpaSignInDelayRepository(em);
            SignInDelay emma = SignInDelay.forAccount("emma", "192.0.2.10", T);
            for (int i = 0; i < 3; i++) {
                emma.recordFailure(T);
            }
            delays.save(emma);
            SignInDelay address = SignInDelay.forAddress("192.0.2.10", T);
            address.recordFailure(T);
            delays.save(address);
        });

        Optional<SignInDelay> emmasCount = read(em -> new JpaSignInDelayRepository(em).findByKey(SignInDelay.accountKey("emma", "192.0.2.10")));
        assertThat(emmasCount)
                .hasValueSatisfying(d -> assertThat(d.failures()).isEqualTo(3));
        List<SignInDelay> waiting = read(em -> new JpaSignInDelayRepository(em).blockedAt(T));
        assertThat(waiting).extracting(SignInDelay::username).containsExactly("emma");
        List<SignInDelay> emmasCounts = read(em -> new JpaSignInDelayRepository(em).findByUsername("emma"));
        assertThat(emmasCounts).hasSize(1);
        int forgotten = read(em -> new JpaSignInDelayRepository(em).deleteForgotten(T.plus(SignInDelay.FORGOTTEN_AFTER)));
        assertThat(forgotten).isEqualTo(2);
    }

    @Test
    void theFirstFailuresOfAnAddress_atTheSameMoment_lockOneCount_andEveryOneIsCounted() throws Exception {
        int threads = 8;
        String address = "192.0.2.77";
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> failures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                failures.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    // As a sign-in does: the first count is stored and committed on its own, then counted in a transaction.
                    SignInDelay fresh = SignInDelay.forAddress(address, T);
                    if (read(em -> new JpaSignInDelayRepository(em).findByKey(fresh.key())).isEmpty()) {
                        read(em -> {
                            new JpaSignInDelayRepository(em, first -> db.run(own -> Queries.save(own, first))).storeFirst(fresh);
                            return null;
                        });
                    }
                    db.run(em -> {
                        JpaSignInDelayRepository delays = new JpaSignInDelayRepository(em, first -> db.run(own -> Queries.save(own, first)));
                        SignInDelay count = delays.lockedToCount(SignInDelay.forAddress(address, T));
                        count.recordFailure(T);
                        delays.save(count);
                    });
                    return null;
                }));
            }
            for (Future<Object> failure : failures) {
                failure.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Optional<SignInDelay> counted = read(em -> new JpaSignInDelayRepository(em).findByKey(SignInDelay.addressKey(address)));
        assertThat(counted).hasValueSatisfying(d -> assertThat(d.failures()).as("every failure counted, none refused by the key").isEqualTo(threads));
    }
}
