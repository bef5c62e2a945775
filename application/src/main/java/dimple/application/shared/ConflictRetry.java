package dimple.application.shared;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a {@link RetriedOnConflict} use case again, in a new transaction, when it failed only because
 * another change of the same record committed first (JPA's optimistic lock), or because it waited too
 * long for another's row lock or lost a deadlock (a {@link PessimisticLockException}, as the persistence
 * adapters report both; many writers of one row at once on a busy machine), at most {@link #ATTEMPTS}
 * times, after a short random pause that grows with each attempt. It sits outside the transaction and
 * outside the outbox hand-over ({@code PLATFORM_BEFORE + 100}): every attempt starts from nothing, and
 * a failed attempt has left nothing behind (its transaction rolled back with its audit entries, history
 * and events). A use case called inside another's transaction is left alone: that transaction is lost
 * with the conflict. Refusals of the use case itself ({@link StaleRecord} for a version that no longer
 * matches, rules, permissions) are never retried.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class ConflictRetry {
    /** How often a use case runs at most; eight writers of one record at once need up to eight. */
    static final int ATTEMPTS = 10;
    private static final long PAUSE_MILLIS = 5;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public ConflictRetry() {
    }

    /** For tests outside the container. */
    ConflictRetry(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        if (transactions != null && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isLostRace(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /**
     * Another commit changed the record first (not a version the caller named: that is {@link StaleRecord}),
     * or the write waited too long for another's lock, or lost a deadlock.
     */
    static boolean isLostRace(Throwable thrown) {
        boolean lost = false;
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StaleRecord) {
                return false;
            }
            lost |= t instanceof OptimisticLockException || t instanceof PessimisticLockException;
        }
        return lost;
    }

    private static void pause(int attempt) {
        long millis = PAUSE_MILLIS * attempt + ThreadLocalRandom.current().nextLong(PAUSE_MILLIS * attempt + 1);
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
