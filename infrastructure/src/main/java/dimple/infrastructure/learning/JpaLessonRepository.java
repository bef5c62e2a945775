package dimple.infrastructure.learning;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;

@ApplicationScoped
public class JpaLessonRepository implements LessonRepository {
    private static final Object CHANGED = new Object();

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    LearningAdapters adapters;

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

    /**
     * Once the transaction that saved a lesson (published, implemented, archived, superseded) commits, the
     * board counts its lessons again ({@link JpaLessonBoard#lessonsChanged}): not before, or a board read
     * in between would keep the number from before the change.
     */
    @Override
    public void save(Lesson lesson) {
        Queries.save(em, lesson);
        if (transactions != null && adapters != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(CHANGED) == null) {
            transactions.putResource(CHANGED, Boolean.TRUE);
            LearningAdapters board = adapters;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        board.lessonsChanged();
                    }
                }
            });
        }
    }
}
