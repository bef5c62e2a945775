package dimple.infrastructure.identity;

import dimple.domain.identity.SignInDelay;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Stores the first count of a key in a transaction of its own, so that a unique key refusing it (another
 * failure stored it at the same moment) costs only this transaction, never the sign-in's: on PostgreSQL a
 * refused statement ends the transaction it ran in.
 */
@ApplicationScoped
public class NewSignInDelays {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    /** Stores the count and commits; {@link dimple.domain.shared.UniqueKeyTaken} when its key is stored already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(SignInDelay fresh) {
        Queries.save(em, fresh);
    }
}
