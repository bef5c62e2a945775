package dimple.infrastructure.reporting;

import dimple.domain.reporting.CustomField;
import dimple.domain.reporting.CustomFieldRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomFieldRepository implements CustomFieldRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaCustomFieldRepository() {
    }

    public JpaCustomFieldRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CustomField> findById(String id) {
        return Optional.ofNullable(em.find(CustomField.class, id));
    }

    @Override
    public List<CustomField> ofTeam(String teamId) {
        return em.createQuery("select f from CustomField f where f.teamId = :t order by f.position, f.createdAt", CustomField.class)
                .setParameter("t", teamId).getResultList();
    }

    @Override
    public List<CustomField> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select f from CustomField f where f.id in :ids", CustomField.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public void save(CustomField field) {
        Queries.save(em, field);
    }
}
