package dimple.infrastructure.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonQuery;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.review.Review;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.learning.postgresql.PostgreSQLLessonSearch;
import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.review.JpaReviewRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V40/V41 on PostgreSQL: lessons a database held before PostgreSQL's full-text search (indexed by the portable
 * search's term rows) are found by it afterwards, a title match still first, and the term rows that nothing
 * keeps up to date any more are gone. Skipped where PostgreSQL is not configured.
 */
class LessonDocumentsMigrationIT {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final TestDatabase db = TestDatabase.empty(DatabaseVendor.POSTGRESQL);

    @AfterEach
    void drop() throws Exception {
        db.close();
    }

    @Test
    void lessonsIndexedBeforeV40_areFoundByTheFullTextSearch_inTheSameOrder() {
        Flyway.configure().configuration(db.flyway().getConfiguration()).target("39").load().migrate();
        Team team = Team.found("Front Desk", NOW);
        Account emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE, Role.LEADER), NOW);
        db.run(em -> {
            new JpaTeamRepository(em).save(team);
            // Rows, not the entity: Account maps columns added after V39 (email, V42).
            AccountRows.insert(em, emma);
        });
        Lesson inTitle = publish(team, emma, "Refund sent to the wrong card", "Read the digits back.", "The guest paid twice.", 1, NOW.minus(Duration.ofDays(3)));
        Lesson inBody = publish(team, emma, "Late checkout promised twice", "Write promises down.", "A refund of the minibar was offered.", 2,
                NOW.minus(Duration.ofDays(1)));
        publish(team, emma, "Room key encoded for the wrong room", "Check the screen.", "The encoder wrote 214.", 3, NOW.minus(Duration.ofDays(2)));

        db.flyway().migrate();

        List<String> found = db.inTransaction(em -> new PostgreSQLLessonSearch(em).search("refunds", LessonQuery.everything(), PageRequest.first(10))
                .items().stream().map(Lesson::id).toList());
        long termRows = db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from lesson_term").getSingleResult()).longValue());
        assertThat(found).containsExactly(inTitle.id(), inBody.id());
        assertThat(termRows).isZero();
    }

    private Lesson publish(Team team, Account by, String title, String takeaway, String body, int receipt, Instant at) {
        MistakeReport report = MistakeReport.submit(String.format("R-2026-%06d", receipt), at,
                new MistakeReport.Reporter(by.id(), team.id(), ReporterMode.NAMED), title, body, at, ReportKind.NO_HARM, CustomerImpact.NONE, null);
        Review review = Review.open(report.id(), team.id(), title, by.id(), at);
        Lesson lesson = Lesson.publish(review.id(), title, takeaway, body, List.of(), team.id(), List.of(), at);
        db.run(em -> {
            // The report as a row: the entity maps a column added since (V52, the receipt code's hash).
            ReportRows.insert(em, report);
            new JpaReviewRepository(em).save(review);
            new JpaLessonRepository(em).save(lesson);
            new EmbeddedLessonSearch(em).index(lesson);
        });
        return lesson;
    }
}
