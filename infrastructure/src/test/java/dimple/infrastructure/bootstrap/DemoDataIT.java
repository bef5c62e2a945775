package dimple.infrastructure.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.bootstrap.DemoLessons;
import dimple.infrastructure.persistence.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole demo organisation seeds into a real, migrated database: every foreign key and check holds, in one transaction. */
class DemoDataIT {
    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void theDemo_seedsIntoTheDatabase_withAReviewInEveryState() {
        db.run(em -> DemoSeed.firstRun(em).prepare(null, true));

        List<?> states = db.inTransaction(em -> em.createQuery("select distinct r.status from Review r", Object.class).getResultList());
        long actions = db.inTransaction(em -> em.createQuery("select count(a) from ActionItem a", Long.class).getSingleResult());
        long lessons = db.inTransaction(em -> em.createQuery("select count(l) from Lesson l", Long.class).getSingleResult());
        long notifications = db.inTransaction(em -> em.createQuery("select count(n) from Notification n", Long.class).getSingleResult());

        assertThat(states).hasSize(4);
        assertThat(actions).isGreaterThanOrEqualTo(6);
        assertThat(lessons).as("the demo review's lesson and the demo lessons").isEqualTo(1 + DemoLessons.LESSONS);
        assertThat(notifications).isPositive();
        long indexed = db.inTransaction(em -> ((Number) em.createNativeQuery("select count(distinct lesson_id) from lesson_term")
                .getSingleResult()).longValue());
        long implemented = db.inTransaction(em -> em.createQuery("select count(l) from Lesson l where l.status = dimple.domain.learning.LessonStatus.IMPLEMENTED",
                Long.class).getSingleResult());
        long cards = db.inTransaction(em -> em.createQuery("select count(c) from ScenarioCard c", Long.class).getSingleResult());
        assertThat(indexed).as("every lesson is findable").isEqualTo(lessons);
        assertThat(implemented).isPositive();
        assertThat(cards).isEqualTo(5);
        long waiting = db.inTransaction(em -> em.createQuery("select count(m) from OutboxMessage m where m.handler = :h", Long.class)
                .setParameter("h", "learning.notify-lesson-implemented").getSingleResult());
        assertThat(waiting).as("each implemented lesson's reporter is told after the commit").isEqualTo(implemented);
    }
}
