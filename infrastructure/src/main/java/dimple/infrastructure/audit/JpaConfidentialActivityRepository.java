package dimple.infrastructure.audit;

import dimple.domain.audit.ConfidentialActivity;
import dimple.domain.audit.ConfidentialActivityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class JpaConfidentialActivityRepository implements ConfidentialActivityRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaConfidentialActivityRepository() {
    }

    public JpaConfidentialActivityRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void append(ConfidentialActivity activity) {
        em.persist(activity);
    }

    @Override
    public List<ConfidentialActivity> before(LocalDate day, int max) {
        return em.createQuery("select a from ConfidentialActivity a where a.day < :day order by a.day", ConfidentialActivity.class)
                .setParameter("day", day).setMaxResults(max).getResultList();
    }

    /** A delete that only one transaction can win: the row is gone for everybody else. */
    @Override
    public boolean take(String id) {
        return em.createQuery("delete from ConfidentialActivity a where a.id = :id").setParameter("id", id).executeUpdate() == 1;
    }
}
