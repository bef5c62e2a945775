package dimple.infrastructure.reporting;

import dimple.domain.reporting.CategoryDefinition;
import dimple.domain.reporting.CategoryDefinitionRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaCategoryDefinitionRepository implements CategoryDefinitionRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaCategoryDefinitionRepository() {
    }

    public JpaCategoryDefinitionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CategoryDefinition> all() {
        return em.createQuery("select d from CategoryDefinition d order by d.id", CategoryDefinition.class).getResultList();
    }

    @Override
    public void save(CategoryDefinition definition) {
        Queries.save(em, definition);
    }
}
