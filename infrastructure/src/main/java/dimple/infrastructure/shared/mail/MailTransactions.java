package dimple.infrastructure.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** Runs a step of sending in a transaction of its own, whatever the caller is in. */
@ApplicationScoped
public class MailTransactions {
    @Inject
    OutgoingMessages queue;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Function<OutgoingMessages, T> step) {
        return step.apply(queue);
    }
}
