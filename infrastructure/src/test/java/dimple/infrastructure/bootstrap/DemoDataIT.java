package dimple.infrastructure.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.audit.AuditTrail;
import dimple.application.bootstrap.DemoData;
import dimple.application.bootstrap.DemoReports;
import dimple.application.bootstrap.DemoLessons;
import dimple.application.bootstrap.DemoReviews;
import dimple.application.learning.ClosedActionItems;
import dimple.application.learning.NotifyLessonImplemented;
import dimple.application.learning.PublishedReviews;
import dimple.application.shared.EventPublisher;
import dimple.infrastructure.learning.EmbeddedLessonSearch;
import dimple.infrastructure.learning.JpaEndorsementRepository;
import dimple.infrastructure.learning.JpaLessonBoard;
import dimple.infrastructure.learning.JpaScenarioCardRepository;
import dimple.application.bootstrap.FirstRun;
import dimple.application.identity.PasswordHasher;
import dimple.application.shared.CurrentUser;
import dimple.infrastructure.audit.JpaAuditEntryRepository;
import dimple.infrastructure.audit.JpaConfidentialActivityRepository;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.learning.JpaLessonRepository;
import dimple.infrastructure.learning.JpaNotificationRepository;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.recovery.JpaRecoveryCaseRepository;
import dimple.infrastructure.reporting.JpaBentRuleDecisionRepository;
import dimple.infrastructure.reporting.JpaMistakeReportRepository;
import dimple.infrastructure.reporting.JpaReceiptNumbers;
import dimple.infrastructure.shared.CdiEventPublisher;
import dimple.infrastructure.review.JpaActionItemRepository;
import dimple.infrastructure.review.JpaReviewHistory;
import dimple.infrastructure.review.JpaReviewRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole demo organisation seeds into a real, migrated database: every foreign key and check holds, in one transaction. */
class DemoDataIT {
    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private static final PasswordHasher PLAIN = new PasswordHasher() {
        @Override
        public String hash(String password) {
            return "plain:" + password;
        }

        @Override
        public boolean matches(String password, String hash) {
            return hash.equals("plain:" + password);
        }
    };

    private static final CurrentUser NOBODY = new CurrentUser() {
        @Override
        public Optional<String> username() {
            return Optional.empty();
        }

        @Override
        public boolean isPermitted(String permission) {
            return false;
        }
    };

    private FirstRun firstRun(EntityManager em) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        var accounts = new JpaAccountRepository(em);
        var reports = new JpaMistakeReportRepository(em);
        AuditTrail audit = new AuditTrail(new JpaAuditEntryRepository(em), new JpaConfidentialActivityRepository(em), NOBODY, clock);
        DemoReports demoReports = new DemoReports(reports, new JpaRecoveryCaseRepository(em), new JpaReceiptNumbers(em),
                new JpaBentRuleDecisionRepository(em));
        DemoReviews demoReviews = new DemoReviews(reports, new JpaReviewRepository(em), new JpaActionItemRepository(em),
                new JpaReviewHistory(em), new JpaLessonRepository(em), new JpaNotificationRepository(em));
        var board = new JpaLessonBoard(em);
        var search = new EmbeddedLessonSearch(em);
        // The demo's lessons reach their reporters through the outbox: its messages are written, nobody hands them on here.
        EventPublisher events = new CdiEventPublisher(em, event -> { }, List.of(new NotifyLessonImplemented(new JpaNotificationRepository(em),
                new JpaReviewRepository(em), reports)), clock);
        DemoLessons demoLessons = new DemoLessons(reports, new JpaReceiptNumbers(em), new JpaReviewRepository(em),
                new JpaActionItemRepository(em), new JpaLessonRepository(em), board, search, new JpaEndorsementRepository(em),
                new JpaScenarioCardRepository(em), new PublishedReviews(new JpaLessonRepository(em), search, reports),
                new ClosedActionItems(new JpaLessonRepository(em), board, new JpaActionItemRepository(em), events));
        DemoData demo = new DemoData(accounts, new JpaTeamRepository(em), PLAIN, audit, clock, demoReports, demoReviews, demoLessons);
        return new FirstRun(accounts, PLAIN, audit, demo, clock);
    }

    @Test
    void theDemo_seedsIntoTheDatabase_withAReviewInEveryState() {
        db.run(em -> firstRun(em).prepare(null, true));

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
