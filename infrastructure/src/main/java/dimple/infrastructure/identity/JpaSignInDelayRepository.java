package dimple.infrastructure.identity;

import dimple.domain.identity.SignInDelay;
import dimple.domain.identity.SignInDelayRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The counts of failed sign-ins. Counting reads a count with a write lock, so two failures at the same
 * moment both count instead of one overwriting the other; a successful sign-in only reads.
 */
@ApplicationScoped
public class JpaSignInDelayRepository implements SignInDelayRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaSignInDelayRepository() {
    }

    public JpaSignInDelayRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SignInDelay> findByKey(String key) {
        return Queries.single(em.createQuery("select d from SignInDelay d where d.key = :k", SignInDelay.class).setParameter("k", key));
    }

    @Override
    public Optional<SignInDelay> findByKeyToCount(String key) {
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
