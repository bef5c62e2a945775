package dimple.infrastructure.identity;

import dimple.domain.identity.SignInDelay;
import dimple.domain.identity.SignInDelayRepository;
import dimple.domain.shared.UniqueKeyTaken;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The counts of failed sign-ins. Counting reads a count with a write lock, so two failures at the same
 * moment both count instead of one overwriting the other; a successful sign-in only reads. A key's first
 * count is stored on its own before it is locked ({@link NewSignInDelays}), so that first failures at the
 * same moment lock one row instead of racing to insert it.
 */
@ApplicationScoped
public class JpaSignInDelayRepository implements SignInDelayRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    private Consumer<SignInDelay> storeFirst;

    public JpaSignInDelayRepository() {
    }

    @Inject
    public JpaSignInDelayRepository(NewSignInDelays newDelays) {
        this.storeFirst = newDelays::store;
    }

    /** Outside the container: {@code storeFirst} stores a key's first count and commits it. */
    public JpaSignInDelayRepository(EntityManager em, Consumer<SignInDelay> storeFirst) {
        this.em = em;
        this.storeFirst = storeFirst;
    }

    /** Outside the container, for tests that count nothing. */
    public JpaSignInDelayRepository(EntityManager em) {
        this(em, fresh -> Queries.save(em, fresh));
    }

    @Override
    public Optional<SignInDelay> findByKey(String key) {
        return Queries.single(em.createQuery("select d from SignInDelay d where d.key = :k", SignInDelay.class).setParameter("k", key));
    }

    @Override
    public SignInDelay lockedToCount(SignInDelay fresh) {
        Optional<SignInDelay> stored = locked(fresh.key());
        if (stored.isPresent()) {
            return stored.get();
        }
        // Only when the count went away after the sign-in stored it (a success or an administrator cleared it).
        storeFirst(fresh);
        return locked(fresh.key()).orElseThrow(() -> new IllegalStateException("a sign-in count was stored but cannot be read"));
    }

    @Override
    public void storeFirst(SignInDelay fresh) {
        try {
            storeFirst.accept(fresh);
        } catch (UniqueKeyTaken takenAtTheSameMoment) {
            // Another failure stored the first count a moment ago: this one counts on it.
        }
    }

    private Optional<SignInDelay> locked(String key) {
        // No row limit: the key is unique, and H2 refuses "FOR UPDATE" before "LIMIT".
        return em.createQuery("select d from SignInDelay d where d.key = :k", SignInDelay.class)
                .setParameter("k", key).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    @Override
    public Optional<SignInDelay> findById(String id) {
        return Optional.ofNullable(em.find(SignInDelay.class, id));
    }

    @Override
    public List<SignInDelay> blockedAt(Instant now) {
        return em.createQuery("select d from SignInDelay d where d.blockedUntil > :now order by d.blockedUntil desc, d.key", SignInDelay.class)
                .setParameter("now", now).setMaxResults(500).getResultList();
    }

    @Override
    public List<SignInDelay> findByUsername(String username) {
        return em.createQuery("select d from SignInDelay d where d.username = :u order by d.lastFailureAt desc", SignInDelay.class)
                .setParameter("u", username).setMaxResults(100).getResultList();
    }

    @Override
    public void save(SignInDelay delay) {
        Queries.save(em, delay);
    }

    @Override
    public void delete(String id) {
        em.createQuery("delete from SignInDelay d where d.id = :id").setParameter("id", id).executeUpdate();
    }

    @Override
    public int deleteForgotten(Instant now) {
        return em.createQuery("delete from SignInDelay d where d.lastFailureAt <= :before and (d.blockedUntil is null or d.blockedUntil <= :now)")
                .setParameter("before", now.minus(SignInDelay.FORGOTTEN_AFTER)).setParameter("now", now).executeUpdate();
    }
}
