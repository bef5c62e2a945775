package dimple.infrastructure.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonStatus;
import dimple.domain.learning.Notification;
import dimple.domain.learning.NotificationKind;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.review.Review;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.EveryVendor;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.reporting.JpaMistakeReportRepository;
import dimple.infrastructure.review.JpaReviewRepository;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lessons and notifications stored and read back, on every database vendor. */
class JpaLearningRepositoriesIT extends EveryVendor {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final TestDatabase db;
    private final Team team = Team.found("Front Desk", NOW);
    private final Account emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE), NOW);
    private final Account lena = Account.open("lena", "Lena Leader", "hash", Set.of(Role.LEADER), NOW);

    JpaLearningRepositoriesIT(DatabaseVendor vendor) {
        db = TestDatabase.migrated(vendor);
        db.run(em -> {
            new JpaTeamRepository(em).save(team);
            new JpaAccountRepository(em).save(emma);
            new JpaAccountRepository(em).save(lena);
        });
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void aLesson_isFoundByItsReview_withTagsAndActionsInOrder_andALongBody() {
        MistakeReport report = MistakeReport.submit("R-2026-000001", NOW, new MistakeReport.Reporter(emma.id(), team.id(), ReporterMode.NAMED),
                "Title", "Narrative", NOW, ReportKind.NO_HARM, CustomerImpact.NONE, null);
        Review review = Review.open(report.id(), team.id(), "Guest charged twice", lena.id(), NOW);
        String body = "😀".repeat(Lesson.MAX_BODY);
        Lesson lesson = Lesson.publish(review.id(), "Guest charged twice", "Check before charging again.", body,
                List.of("payments", "tools"), team.id(), List.of(), NOW);
        db.run(em -> {
            new JpaMistakeReportRepository(em).save(report);
            new JpaReviewRepository(em).save(review);
            new JpaLessonRepository(em).save(lesson);
        });

        Lesson stored = db.inTransaction(em -> new JpaLessonRepository(em).findByReview(review.id()).orElseThrow());

        assertThat(stored.id()).isEqualTo(lesson.id());
        assertThat(stored.tags()).containsExactly("payments", "tools");
        assertThat(stored.body()).isEqualTo(body);
        assertThat(stored.status()).isEqualTo(LessonStatus.PUBLISHED);
    }

    @Test
    void notifications_areReadByTheirRecipientOnly_newestFirst_andCountedUntilRead() {
        db.run(em -> {
            JpaNotificationRepository notifications = new JpaNotificationRepository(em);
            notifications.save(Notification.to(emma.id(), NotificationKind.REPORT_TRIAGED, "First", "report/view.xhtml?id=1", NOW));
            notifications.save(Notification.to(emma.id(), NotificationKind.REVIEW_PUBLISHED, "Second", null, NOW.plusSeconds(60)));
            notifications.save(Notification.to(lena.id(), NotificationKind.ACTION_ASSIGNED, "For Lena", null, NOW));
        });

        Page<Notification> emmas = db.inTransaction(em -> new JpaNotificationRepository(em).forRecipient(emma.id(), PageRequest.first(20)));
        db.run(em -> {
            JpaNotificationRepository notifications = new JpaNotificationRepository(em);
            notifications.unreadFor(emma.id()).forEach(n -> {
                n.markRead(NOW.plusSeconds(120));
                notifications.save(n);
            });
        });

        assertThat(emmas.items()).extracting(Notification::text).containsExactly("Second", "First");
        long emmasUnread = db.inTransaction(em -> new JpaNotificationRepository(em).countUnread(emma.id()));
        long lenasUnread = db.inTransaction(em -> new JpaNotificationRepository(em).countUnread(lena.id()));
        assertThat(emmasUnread).isZero();
        assertThat(lenasUnread).isEqualTo(1);
    }
}
