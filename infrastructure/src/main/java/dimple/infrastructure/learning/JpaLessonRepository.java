package dimple.infrastructure.learning;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaLessonRepository implements LessonRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaLessonRepository() {
    }

    public JpaLessonRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Lesson> findById(String id) {
        return Optional.ofNullable(em.find(Lesson.class, id));
    }

    @Override
    public Optional<Lesson> findByReview(String reviewId) {
        return Queries.single(em.createQuery("select l from Lesson l where l.reviewId = :r", Lesson.class).setParameter("r", reviewId));
    }

    /** {@code select ... for update} (H2 and PostgreSQL alike), then the lesson read again, whether this transaction had read it or not. */
    @Override
    public Optional<Lesson> lock(String id) {
        if (em.createNativeQuery("select id from lesson where id = ? for update").setParameter(1, id).getResultList().isEmpty()) {
            return Optional.empty();
        }
        Lesson lesson = em.find(Lesson.class, id);
        em.refresh(lesson);
        return Optional.of(lesson);
    }

    @Override
    public void save(Lesson lesson) {
        Queries.save(em, lesson);
    }
}
