package dimple.infrastructure.learning;

import dimple.domain.learning.Endorsement;
import dimple.domain.learning.EndorsementKind;
import dimple.domain.learning.EndorsementRepository;
import dimple.domain.learning.Lesson;
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

    /**
     * Endorsements of one lesson are added one at a time: the lesson's row is locked first ({@code select
     * ... for update}, H2 and PostgreSQL alike), so the check that follows sees every endorsement committed
     * before, and two tabs of one person never both insert (the unique index would refuse the second
     * with an error). The counters are then raised in place by one {@code update}, which never looks at
     * the lesson's version, and the lesson this transaction holds is read again to show them.
     */
    @Override
    public boolean add(Endorsement endorsement) {
        em.flush();
        String lessonId = endorsement.lessonId();
        if (em.createNativeQuery("select id from lesson where id = ? for update").setParameter(1, lessonId).getResultList().isEmpty()) {
            throw new IllegalArgumentException("no lesson " + lessonId);
        }
        boolean added = !exists(lessonId, endorsement.accountId(), endorsement.kind());
        if (added) {
            em.persist(endorsement);
            em.flush();
            String counter = endorsement.kind() == EndorsementKind.APPLIES_TO_MY_TEAM ? "applies_count" : "applied_count";
            em.createNativeQuery("update lesson set " + counter + " = " + counter + " + 1, endorsement_count = endorsement_count + 1 where id = ?")
                    .setParameter(1, lessonId).executeUpdate();
        }
        Lesson held = em.find(Lesson.class, lessonId);
        em.refresh(held);
        return added;
    }
}
