package dimple.infrastructure.review;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.review.Review;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.reporting.JpaMistakeReportRepository;
import java.time.Instant;
import java.util.Set;

/** A team, its leader and two employees, stored in a test database, for the foreign keys of reviews and actions. */
final class StoredWorld {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final TestDatabase db;
    final Team team = Team.found("Front Desk", NOW);
    final Team otherTeam = Team.found("Online Orders", NOW);
    final Account lena = Account.open("lena", "Lena Leader", "hash", Set.of(Role.LEADER), NOW);
    final Account emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE), NOW);
    final Account eli = Account.open("eli", "Eli Employee", "hash", Set.of(Role.EMPLOYEE), NOW);
    private int receipts;

    StoredWorld(TestDatabase db) {
        this.db = db;
        lena.assignTeams(Set.of(), Set.of(team.id()));
        emma.assignTeams(Set.of(team.id()), Set.of());
        eli.assignTeams(Set.of(otherTeam.id()), Set.of());
        db.run(em -> {
            new JpaTeamRepository(em).save(team);
            new JpaTeamRepository(em).save(otherTeam);
            new JpaAccountRepository(em).save(lena);
            new JpaAccountRepository(em).save(emma);
            new JpaAccountRepository(em).save(eli);
        });
    }

    MistakeReport report(Team of) {
        receipts++;
        MistakeReport report = MistakeReport.submit(String.format("R-2026-%06d", receipts), NOW,
                new MistakeReport.Reporter(emma.id(), of.id(), ReporterMode.CONFIDENTIAL), "Guest charged twice",
                "The terminal timed out and the payment ran twice.", NOW.minusSeconds(3600), ReportKind.CUSTOMER_HARMED,
                CustomerImpact.MINOR, null);
        db.run(em -> new JpaMistakeReportRepository(em).save(report));
        return report;
    }

    /** A report of the team, triaged by Lena into a new review; both stored. */
    Review review() {
        MistakeReport report = report(team);
        Review review = Review.open(report.id(), team.id(), report.title(), lena.id(), NOW);
        report.startReview(lena, review.id(), null, NOW);
        db.run(em -> {
            new JpaReviewRepository(em).save(review);
            new JpaMistakeReportRepository(em).save(report);
        });
        review.takeChanges();
        return review;
    }

    Review load(String reviewId) {
        return db.inTransaction(em -> {
            Review review = new JpaReviewRepository(em).findById(reviewId).orElseThrow();
            review.timeline().size();
            review.factors().forEach(f -> f.whys().size());
            return review;
        });
    }
}
