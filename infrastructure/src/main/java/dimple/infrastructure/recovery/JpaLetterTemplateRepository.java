package dimple.infrastructure.recovery;

import dimple.domain.recovery.LetterTemplate;
import dimple.domain.recovery.LetterTemplateRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLetterTemplateRepository implements LetterTemplateRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaLetterTemplateRepository() {
    }

    public JpaLetterTemplateRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<LetterTemplate> findById(String id) {
        return Optional.ofNullable(em.find(LetterTemplate.class, id));
    }

    @Override
    public List<LetterTemplate> all() {
        return em.createQuery("select t from LetterTemplate t order by t.language, t.name, t.createdAt", LetterTemplate.class).getResultList();
    }

    @Override
    public void save(LetterTemplate template) {
        Queries.save(em, template);
    }
}
