package dimple.infrastructure.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.coaching.ReportFact;
import dimple.domain.identity.Account;
import dimple.domain.identity.Team;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.infrastructure.reporting.JpaMistakeReportRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lane's window on reports: the few facts of a named report, nothing of a confidential one. */
class JpaReportFactsIT {
    private final CoachingWorld w = new CoachingWorld();
    private int receipts;

    @AfterEach
    void drop() throws Exception {
        w.close();
    }

    private MistakeReport filed(Account reporter, Team team, ReporterMode mode, Instant at) {
        MistakeReport report = MistakeReport.submit("R-2026-" + String.format("%06d", ++receipts), at,
                new MistakeReport.Reporter(reporter.id(), team.id(), mode), "Guest charged twice " + receipts,
                "A narrative the lane must never read.", at.minus(Duration.ofHours(2)), ReportKind.CUSTOMER_HARMED, CustomerImpact.MINOR, null);
        w.db.run(em -> new JpaMistakeReportRepository(em).save(report));
        return report;
    }

    private Optional<ReportFact> find(String id) {
        return w.db.inTransaction(em -> new JpaReportFacts(em).find(id));
    }

    @Test
    void find_namedReport_givesItsFactsAndItsReporter() {
        MistakeReport named = filed(w.emma, w.frontDesk, ReporterMode.NAMED, CoachingWorld.T0);

        ReportFact fact = find(named.id()).orElseThrow();

        assertThat(fact.reportId()).isEqualTo(named.id());
        assertThat(fact.number()).isEqualTo(named.number());
        assertThat(fact.title()).isEqualTo(named.title());
        assertThat(fact.teamId()).isEqualTo(w.frontDesk.id());
        assertThat(fact.confidential()).isFalse();
        assertThat(fact.reporterAccountId()).isEqualTo(w.emma.id());
        assertThat(fact.occurredAt()).isEqualTo(named.occurredAt());
        assertThat(fact.submittedAt()).isEqualTo(CoachingWorld.T0);
    }

    @Test
    void find_confidentialReport_saysOnlyThatItIsConfidential_neverWhoFiledIt() {
        MistakeReport confidential = filed(w.emma, w.frontDesk, ReporterMode.CONFIDENTIAL, CoachingWorld.T0);

        ReportFact fact = find(confidential.id()).orElseThrow();

        assertThat(fact.confidential()).isTrue();
        assertThat(fact.reporterAccountId()).isNull();
        assertThat(fact.title()).isNull();
        assertThat(fact.toString()).doesNotContain(w.emma.id(), "Guest charged twice");
    }

    @Test
    void find_unknownReport_isEmpty() {
        assertThat(find("5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c11")).isEmpty();
    }

    @Test
    void namedReportsOf_theTeams_newestFirst_withoutConfidentialWithdrawnOrAnonymisedOnes() {
        MistakeReport older = filed(w.emma, w.frontDesk, ReporterMode.NAMED, CoachingWorld.T0);
        MistakeReport newer = filed(w.lena, w.frontDesk, ReporterMode.NAMED, CoachingWorld.T0.plusSeconds(60));
        filed(w.emma, w.frontDesk, ReporterMode.CONFIDENTIAL, CoachingWorld.T0.plusSeconds(120));
        filed(w.eli, w.onlineOrders, ReporterMode.NAMED, CoachingWorld.T0.plusSeconds(180));
        MistakeReport withdrawn = filed(w.emma, w.frontDesk, ReporterMode.NAMED, CoachingWorld.T0.plusSeconds(240));
        w.db.run(em -> {
            MistakeReport stored = em.find(MistakeReport.class, withdrawn.id());
            stored.withdraw(w.emma.id(), CoachingWorld.T0.plusSeconds(300));
        });
        MistakeReport pastRetention = filed(w.emma, w.frontDesk, ReporterMode.NAMED, CoachingWorld.T0.plusSeconds(360));
        w.db.run(em -> {
            MistakeReport stored = em.find(MistakeReport.class, pastRetention.id());
            stored.triageAsNoted(w.lena, "Thanks", CoachingWorld.T0.plusSeconds(420));
            stored.anonymise(CoachingWorld.T0.plus(Duration.ofDays(800)));
        });

        List<ReportFact> frontDesk = w.db.inTransaction(em -> new JpaReportFacts(em).namedReportsOf(List.of(w.frontDesk.id()), 10));
        List<ReportFact> onlyOne = w.db.inTransaction(em -> new JpaReportFacts(em).namedReportsOf(List.of(w.frontDesk.id()), 1));

        assertThat(frontDesk).extracting(ReportFact::reportId).containsExactly(newer.id(), older.id());
        assertThat(onlyOne).extracting(ReportFact::reportId).containsExactly(newer.id());
    }
}
