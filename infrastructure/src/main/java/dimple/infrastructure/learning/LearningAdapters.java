package dimple.infrastructure.learning;

import dimple.domain.learning.LessonBoard;
import dimple.domain.learning.LessonSearch;
import dimple.infrastructure.learning.h2.H2LessonBoard;
import dimple.infrastructure.learning.h2.H2LessonSearch;
import dimple.infrastructure.learning.postgresql.PostgreSQLLessonSearch;
import dimple.infrastructure.persistence.Database;
import dimple.infrastructure.persistence.DatabaseVendor;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The learning ports whose statements differ between databases, each made for the database Dimple
 * runs on ({@link Database#vendor()}): the vendor's variant where it has one, the portable adapter
 * otherwise. The one place that chooses; the tests choose with the same methods.
 */
@ApplicationScoped
public class LearningAdapters {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    /** Where kept values are worked out again, off the request that finds them out of date. */
    @Resource
    ManagedExecutorService refresher;

    @Inject
    Database database;

    private volatile JpaLessonBoard board;

    @Produces
    @ApplicationScoped
    public LessonBoard lessonBoard() {
        JpaLessonBoard made = board(database.vendor(), em, () -> refresher);
        board = made;
        return made;
    }

    /** A change to lessons committed: the board counts them again when it is next read. */
    public void lessonsChanged() {
        JpaLessonBoard made = board;
        if (made != null) {
            made.lessonsChanged();
        }
    }

    @Produces
    @ApplicationScoped
    public LessonSearch lessonSearch() {
        return search(database.vendor(), em, () -> refresher);
    }

    public static JpaLessonBoard board(DatabaseVendor vendor, EntityManager em, Supplier<? extends Executor> refresher) {
        return switch (vendor) {
            case H2 -> new H2LessonBoard(em, refresher);
            case POSTGRESQL -> new JpaLessonBoard(em, refresher);
        };
    }

    public static LessonSearch search(DatabaseVendor vendor, EntityManager em, Supplier<? extends Executor> refresher) {
        return switch (vendor) {
            case H2 -> new H2LessonSearch(em, refresher);
            case POSTGRESQL -> new PostgreSQLLessonSearch(em, refresher);
        };
    }
}
