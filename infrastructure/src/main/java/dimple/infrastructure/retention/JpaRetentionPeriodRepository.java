package dimple.infrastructure.retention;

import dimple.domain.retention.RecordType;
import dimple.domain.retention.RetentionPeriod;
import dimple.domain.retention.RetentionPeriodRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRetentionPeriodRepository implements RetentionPeriodRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaRetentionPeriodRepository() {
    }

    public JpaRetentionPeriodRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RetentionPeriod> all() {
        return em.createQuery("select p from RetentionPeriod p", RetentionPeriod.class).getResultList();
    }

    @Override
    public Optional<RetentionPeriod> find(RecordType type) {
        return Optional.ofNullable(em.find(RetentionPeriod.class, type));
    }

    @Override
    public void save(RetentionPeriod period) {
        Queries.save(em, period);
    }

    @Override
    public void remove(RetentionPeriod period) {
        em.remove(em.contains(period) ? period : em.merge(period));
    }
}
