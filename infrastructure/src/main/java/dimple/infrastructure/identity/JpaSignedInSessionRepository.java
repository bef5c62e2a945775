package dimple.infrastructure.identity;

import dimple.domain.identity.SignedInSession;
import dimple.domain.identity.SignedInSessionRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSignedInSessionRepository implements SignedInSessionRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaSignedInSessionRepository() {
    }

    public JpaSignedInSessionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(SignedInSession session) {
        Queries.save(em, session);
    }

    @Override
    public Optional<SignedInSession> findByTokenHash(String tokenHash) {
        return Queries.single(em.createQuery("select s from SignedInSession s where s.tokenHash = :h", SignedInSession.class)
                .setParameter("h", tokenHash));
    }

    @Override
    public Optional<SignedInSession> findById(String id) {
        return Optional.ofNullable(em.find(SignedInSession.class, id));
    }

    @Override
    public List<SignedInSession> findByAccount(String accountId) {
        return em.createQuery("select s from SignedInSession s where s.accountId = :a order by s.startedAt desc, s.id", SignedInSession.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public long countByAccount(String accountId) {
        return em.createQuery("select count(s) from SignedInSession s where s.accountId = :a", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    @Override
    public void delete(String id) {
        em.createQuery("delete from SignedInSession s where s.id = :id").setParameter("id", id).executeUpdate();
    }

    @Override
    public int deleteByAccountExcept(String accountId, String keepId) {
        return em.createQuery("delete from SignedInSession s where s.accountId = :a and s.id <> :keep")
                .setParameter("a", accountId).setParameter("keep", keepId == null ? "" : keepId).executeUpdate();
    }

    @Override
    public int deleteEndedBefore(Instant moment) {
        return em.createQuery("delete from SignedInSession s where s.endsAt < :m").setParameter("m", moment).executeUpdate();
    }
}
