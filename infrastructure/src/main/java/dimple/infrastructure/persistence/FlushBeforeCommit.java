package dimple.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Writes the changes a use case made to the aggregates it loaded once, when it ends, still inside it:
 * {@link Queries#save} writes new and detached aggregates at once but leaves loaded ones to this flush.
 * What the database refuses then arrives inside the use case as the persistence exception the doors
 * understand (a stale version, or {@link dimple.domain.shared.UniqueKeyTaken} for a taken name), not
 * wrapped by the container's commit. Runs inside the
 * transaction ({@link Transactional}'s interceptor has priority {@code PLATFORM_BEFORE + 200}), on every
 * {@code @Transactional} (REQUIRED) method; a nested use case flushes at its own end too. Nothing is
 * written when the method failed or the transaction will roll back.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class FlushBeforeCommit {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public FlushBeforeCommit() {
    }

    /** For tests outside the container. */
    public FlushBeforeCommit(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    @AroundInvoke
    public Object flushAtTheEnd(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            try {
                em.flush();
            } catch (PersistenceException e) {
                throw UniqueKeys.translated(e);
            }
        }
        return result;
    }

    /** The same for the use cases that run in a transaction of their own ({@code REQUIRES_NEW}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
    public static class InANewTransaction extends FlushBeforeCommit {
    }
}
