package dimple.infrastructure.shared;

import dimple.application.shared.PublishesEvents;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Around a use case marked {@link PublishesEvents}, outside its transaction (so before the permission
 * check and the transaction begin, after they end): once the use case has committed, the outbox
 * messages it wrote are handed on before the call returns, in one batch with those of use cases that
 * commit at the same moment ({@link OutboxDelivery#deliverCommitted}). Nothing it
 * does here can fail the use case, which has committed: a message it cannot hand on waits for the
 * scheduled run. A use case called inside another's transaction is left alone.
 */
@PublishesEvents
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class OutboxDeliveryInterceptor {
    private static final Logger LOG = Logger.getLogger(OutboxDeliveryInterceptor.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;
    private final OutboxDelivery delivery;

    @Inject
    public OutboxDeliveryInterceptor(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @AroundInvoke
    public Object deliverAfterCommit(InvocationContext invocation) throws Exception {
        if (inTransaction() || !WrittenHere.open()) {
            return invocation.proceed();
        }
        boolean committed = false;
        try {
            Object result = invocation.proceed();
            committed = true;
            return result;
        } finally {
            List<Long> written = WrittenHere.take();
            if (committed && !written.isEmpty()) {
                try {
                    delivery.deliverCommitted(written);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Outbox messages of a use case could not be handed on at once; the scheduled run takes them ("
                            + OutboxDelivery.kindsOf(e) + ")");
                }
            }
        }
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
