package dimple.infrastructure.learning;

import dimple.domain.learning.ScenarioCard;
import dimple.domain.learning.ScenarioCardRepository;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScenarioCardRepository implements ScenarioCardRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaScenarioCardRepository() {
    }

    public JpaScenarioCardRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ScenarioCard> findById(String id) {
        return Optional.ofNullable(em.find(ScenarioCard.class, id));
    }

    @Override
    public List<ScenarioCard> ofLesson(String lessonId) {
        return em.createQuery("select c from ScenarioCard c where c.lessonId = :l order by c.createdAt desc, c.id", ScenarioCard.class)
                .setParameter("l", lessonId).getResultList();
    }

    @Override
    public Page<ScenarioCard> all(PageRequest page) {
        return Queries.page(em.createQuery("select c from ScenarioCard c order by c.createdAt desc, c.id", ScenarioCard.class),
                em.createQuery("select count(c) from ScenarioCard c", Long.class), page);
    }

    @Override
    public void save(ScenarioCard card) {
        Queries.save(em, card);
    }
}
