package dimple.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.identity.LastAdminStays;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.TransactionalException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {
    private final AtomicInteger attempts = new AtomicInteger();

    /** A use case whose n-th attempt (from 1) does what {@code attempt} says: throw, or return a result. */
    private InvocationContext useCase(IntFunction<Object> attempt) {
        return (InvocationContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {InvocationContext.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("proceed")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return attempt.apply(attempts.incrementAndGet());
                });
    }

    private static TransactionSynchronizationRegistry transaction(int status) {
        return (TransactionSynchronizationRegistry) Proxy.newProxyInstance(ConflictRetryTest.class.getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getTransactionStatus")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return status;
                });
    }

    private static RuntimeException lostRaceAtTheCommit() {
        return new TransactionalException("rolled back", new RollbackException(new OptimisticLockException("version 4 changed")));
    }

    @Test
    void aChangeThatLostTheRaceToAnotherCommit_orWaitedTooLongForItsLock_isMadeAgain_untilItGoesThrough() throws Exception {
        ConflictRetry retry = new ConflictRetry(transaction(Status.STATUS_NO_TRANSACTION));

        Object result = retry.retry(useCase(n -> {
            if (n < 4) {
                throw switch (n) {
                    case 1 -> lostRaceAtTheCommit();
                    case 2 -> new OptimisticLockException("at the flush");
                    default -> new PessimisticLockException("a row stayed locked by another transaction");
                };
            }
            return "saved";
        }));

        assertThat(result).isEqualTo("saved");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void aVersionTheCallerNamed_aRuleOrAnUnexpectedFailure_isNeverRetried() {
        ConflictRetry retry = new ConflictRetry(transaction(Status.STATUS_NO_TRANSACTION));

        assertThatThrownBy(() -> retry.retry(useCase(n -> {
            throw new TransactionalException("x", new StaleRecord());
        }))).hasRootCauseInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> retry.retry(useCase(n -> {
            throw new LastAdminStays();
        }))).isInstanceOf(LastAdminStays.class);
        assertThatThrownBy(() -> retry.retry(useCase(n -> {
            throw new IllegalStateException("database is on fire");
        }))).hasMessage("database is on fire");

        assertThat(attempts).as("one attempt each").hasValue(3);
    }

    @Test
    void aChangeThatKeepsLosing_isRefusedAsStaleAfterTheLastAttempt() {
        ConflictRetry retry = new ConflictRetry(transaction(Status.STATUS_NO_TRANSACTION));

        assertThatThrownBy(() -> retry.retry(useCase(n -> {
            throw lostRaceAtTheCommit();
        }))).satisfies(e -> assertThat(Refusal.of(e)).map(Refusal::kind).hasValue(Refusal.Kind.STALE));

        assertThat(attempts).hasValue(ConflictRetry.ATTEMPTS);
    }

    @Test
    void aUseCaseCalledInsideAnotherTransaction_isLeftAlone_forThatTransactionIsLost() {
        ConflictRetry retry = new ConflictRetry(transaction(Status.STATUS_ACTIVE));

        assertThatThrownBy(() -> retry.retry(useCase(n -> {
            throw new OptimisticLockException("at the flush");
        }))).isInstanceOf(OptimisticLockException.class);

        assertThat(attempts).hasValue(1);
    }
}
