package dimple.infrastructure.bootstrap;


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

/**
 * The application's first run wired by hand on an entity manager, as start-up wires it in the container:
 * passwords stored in plain text (tests only), nobody signed in, the outbox written but handed on by nobody.
 * {@code firstRun(em).prepare(null, true)} seeds the demo organisation (DIMPLE_DEMO).
 */
public final class DemoSeed {
    private DemoSeed() {
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

    public static FirstRun firstRun(EntityManager em) {
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
                new JpaReviewRepository(em), reports, (account, kind, facts, link, at) -> { })), clock);
        DemoLessons demoLessons = new DemoLessons(reports, new JpaReceiptNumbers(em), new JpaReviewRepository(em),
                new JpaActionItemRepository(em), new JpaLessonRepository(em), board, search, new JpaEndorsementRepository(em),
                new JpaScenarioCardRepository(em), new PublishedReviews(new JpaLessonRepository(em), search, reports),
                new ClosedActionItems(new JpaLessonRepository(em), board, new JpaActionItemRepository(em), events));
        DemoData demo = new DemoData(accounts, new JpaTeamRepository(em), PLAIN, audit, clock, demoReports, demoReviews, demoLessons);
        return new FirstRun(accounts, PLAIN, audit, demo, clock);
    }

}
