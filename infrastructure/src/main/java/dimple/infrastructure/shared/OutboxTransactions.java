package dimple.infrastructure.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** Runs a step of handing on the outbox in a transaction of its own, whatever transaction the caller is in. */
@ApplicationScoped
public class OutboxTransactions {
    @Inject
    JpaOutbox outbox;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Function<JpaOutbox, T> step) {
        return step.apply(outbox);
    }
}
