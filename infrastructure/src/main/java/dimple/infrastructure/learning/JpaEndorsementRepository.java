package dimple.infrastructure.learning;

import dimple.domain.learning.Endorsement;
import dimple.domain.learning.EndorsementKind;
import dimple.domain.learning.EndorsementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;

@ApplicationScoped
public class JpaEndorsementRepository implements EndorsementRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaEndorsementRepository() {
    }

    public JpaEndorsementRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean exists(String lessonId, String accountId, EndorsementKind kind) {
        return !em.createQuery("select e.id from Endorsement e where e.lessonId = :l and e.accountId = :a and e.kind = :k", String.class)
                .setParameter("l", lessonId).setParameter("a", accountId).setParameter("k", kind).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Set<EndorsementKind> kindsBy(String lessonId, String accountId) {
        Set<EndorsementKind> kinds = EnumSet.noneOf(EndorsementKind.class);
        kinds.addAll(em.createQuery("select e.kind from Endorsement e where e.lessonId = :l and e.accountId = :a", EndorsementKind.class)
                .setParameter("l", lessonId).setParameter("a", accountId).getResultList());
        return kinds;
    }

    @Override
    public void save(Endorsement endorsement) {
        em.persist(endorsement);
        em.flush();
    }
}
