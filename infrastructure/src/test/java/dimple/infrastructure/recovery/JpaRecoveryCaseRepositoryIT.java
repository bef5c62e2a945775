package dimple.infrastructure.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.recovery.ContactChannel;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryOutcome;
import dimple.domain.recovery.RecoveryQuery;
import dimple.domain.recovery.RecoveryStep;
import dimple.domain.recovery.RecoveryStepEntry;
import dimple.domain.recovery.Remedy;
import dimple.domain.recovery.RemedyType;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.reporting.JpaMistakeReportRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaRecoveryCaseRepositoryIT {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();
    private final Team frontDesk = Team.found("Front Desk", T0);
    private final Team onlineOrders = Team.found("Online Orders", T0);
    private final Account emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE), T0);
    private final Account eli = Account.open("eli", "Eli Employee", "hash", Set.of(Role.EMPLOYEE), T0);
    private int receipts;

    JpaRecoveryCaseRepositoryIT() {
        db.run(em -> {
            new JpaTeamRepository(em).save(frontDesk);
            new JpaTeamRepository(em).save(onlineOrders);
            new JpaAccountRepository(em).save(emma);
            new JpaAccountRepository(em).save(eli);
        });
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private MistakeReport report(Account reporter, Team team) {
        MistakeReport report = MistakeReport.submit("R-2026-" + String.format("%06d", ++receipts), T0,
                new MistakeReport.Reporter(reporter.id(), team.id(), ReporterMode.CONFIDENTIAL), "Title", "Text", T0,
                ReportKind.CUSTOMER_HARMED, CustomerImpact.MINOR, null);
        db.run(em -> new JpaMistakeReportRepository(em).save(report));
        return report;
    }

    private RecoveryCase recovery(MistakeReport report, String ref, Instant due) {
        RecoveryCase recovery = RecoveryCase.open(report.id(), report.teamId(), ref, false, null, false, due, T0);
        db.run(em -> new JpaRecoveryCaseRepository(em).save(recovery));
        return recovery;
    }

    @Test
    void theInsightsCountReportsOfTheKindsAskedThatHaveNoRecoveryCase_perScopeAndRange() {
        recovery(report(emma, frontDesk), "Order 48213", null);
        report(emma, frontDesk);
        report(eli, onlineOrders);
        Instant from = T0.minus(Duration.ofDays(1));
        Instant to = T0.plus(Duration.ofDays(1));

        long frontDeskOnly = db.inTransaction(em -> new dimple.infrastructure.learning.JpaInsightFigures(em)
                .reportsWithoutRecoveryCase(Set.of(frontDesk.id()), from, to, List.of("CUSTOMER_HARMED", "UNSAFE_CONDITION")));
        long organisation = db.inTransaction(em -> new dimple.infrastructure.learning.JpaInsightFigures(em)
                .reportsWithoutRecoveryCase(null, from, to, List.of("CUSTOMER_HARMED")));
        long otherKind = db.inTransaction(em -> new dimple.infrastructure.learning.JpaInsightFigures(em)
                .reportsWithoutRecoveryCase(null, from, to, List.of("NEAR_MISS")));
        long noKind = db.inTransaction(em -> new dimple.infrastructure.learning.JpaInsightFigures(em)
                .reportsWithoutRecoveryCase(null, from, to, List.of()));
        long later = db.inTransaction(em -> new dimple.infrastructure.learning.JpaInsightFigures(em)
                .reportsWithoutRecoveryCase(null, to, to.plus(Duration.ofDays(1)), List.of("CUSTOMER_HARMED")));

        assertThat(List.of(frontDeskOnly, organisation, otherKind, noKind, later)).containsExactly(1L, 2L, 0L, 0L, 0L);
    }

    @Test
    void aCase_roundTripsWithApologyRemedyOutcomeAndHistory() {
        RecoveryCase recovery = recovery(report(emma, frontDesk), "Order 48213", null);
        db.run(em -> {
            JpaRecoveryCaseRepository cases = new JpaRecoveryCaseRepository(em);
            RecoveryCase c = cases.findById(recovery.id()).orElseThrow();
            c.contact(T0.plusSeconds(60), ContactChannel.PHONE, "Shift lead", "Sorry");
            c.deliverRemedy(Remedy.of(RemedyType.REFUND, new BigDecimal("49.9"), "EUR"), T0.plusSeconds(120), null);
            c.followUp(RecoveryOutcome.DELIGHTED, T0.plusSeconds(180), null);
            c.thankBystanders(T0.plusSeconds(200), "Coffee for the queue");
            cases.save(c);
        });

        RecoveryCase loaded = db.inTransaction(em -> new JpaRecoveryCaseRepository(em).findById(recovery.id()).orElseThrow());

        assertThat(loaded.followUpDue()).isEqualTo(T0.plus(Duration.ofHours(48)));
        assertThat(loaded.apologyChannel()).isEqualTo(ContactChannel.PHONE);
        assertThat(loaded.apologyBy()).isEqualTo("Shift lead");
        assertThat(loaded.remedy()).hasValueSatisfying(r -> {
            assertThat(r.amount()).isEqualByComparingTo("49.90");
            assertThat(r.currency()).isEqualTo("EUR");
        });
        assertThat(loaded.outcome()).isEqualTo(RecoveryOutcome.DELIGHTED);
        assertThat(loaded.steps()).extracting(RecoveryStepEntry::step).containsExactly(
                RecoveryStep.CONTACTED, RecoveryStep.REMEDY_DELIVERED, RecoveryStep.FOLLOWED_UP, RecoveryStep.BYSTANDERS_THANKED);
    }

    @Test
    void aLetterSent_keepsItsChannelAndTemplateName_besideTheOtherSteps() {
        RecoveryCase recovery = recovery(report(emma, frontDesk), "Order 48214", null);
        db.run(em -> {
            JpaRecoveryCaseRepository cases = new JpaRecoveryCaseRepository(em);
            RecoveryCase c = cases.findById(recovery.id()).orElseThrow();
            c.contact(T0.plusSeconds(60), ContactChannel.PHONE, "Shift lead", "Sorry");
            c.recordLetterSent(ContactChannel.EMAIL, "Entschuldigung und Nachfrage", T0.plusSeconds(120));
            cases.save(c);
        });

        RecoveryCase loaded = db.inTransaction(em -> new JpaRecoveryCaseRepository(em).findById(recovery.id()).orElseThrow());

        assertThat(loaded.steps()).extracting(s -> s.step() + " " + s.letterChannel() + " " + s.letterTemplate() + " " + s.note())
                .containsExactly("CONTACTED null null Sorry", "LETTER_SENT EMAIL Entschuldigung und Nachfrage null");
    }

    @Test
    void aCaseWithoutRemedy_loadsWithNone() {
        RecoveryCase recovery = recovery(report(emma, frontDesk), "Order 1", null);

        assertThat(db.<java.util.Optional<Remedy>>inTransaction(em -> new JpaRecoveryCaseRepository(em).findById(recovery.id()).orElseThrow().remedy())).isEmpty();
    }

    @Test
    void due_findsTheReportersOwnAndTheLedTeams_unsettled_mostUrgentFirst() {
        MistakeReport emmas = report(emma, frontDesk);
        MistakeReport elis = report(eli, onlineOrders);
        RecoveryCase later = recovery(emmas, "Later", T0.plus(Duration.ofHours(30)));
        RecoveryCase sooner = recovery(emmas, "Sooner", T0.plus(Duration.ofHours(2)));
        RecoveryCase overdue = recovery(elis, "Overdue", T0.minus(Duration.ofHours(2)));
        RecoveryCase settled = recovery(elis, "Settled", T0.minus(Duration.ofHours(5)));
        db.run(em -> {
            JpaRecoveryCaseRepository cases = new JpaRecoveryCaseRepository(em);
            RecoveryCase c = cases.findById(settled.id()).orElseThrow();
            c.followUp(RecoveryOutcome.SATISFIED, T0, null);
            cases.save(c);
        });

        assertThat(due(new RecoveryQuery(emma.id(), Set.of(), null, null, null))).containsExactly(sooner.id(), later.id());
        assertThat(due(new RecoveryQuery("nobody", Set.of(onlineOrders.id()), null, null, null))).containsExactly(overdue.id());
        assertThat(due(new RecoveryQuery(emma.id(), Set.of(onlineOrders.id()), null, null, T0))).containsExactly(overdue.id());
        assertThat(due(new RecoveryQuery(emma.id(), Set.of(onlineOrders.id()), null, T0, T0.plus(Duration.ofHours(48)))))
                .containsExactly(sooner.id(), later.id());
        assertThat(due(new RecoveryQuery(emma.id(), Set.of(onlineOrders.id()), frontDesk.id(), null, null))).containsExactly(sooner.id(), later.id());
    }

    @Test
    void due_leavesOutCasesOfWithdrawnReports() {
        MistakeReport report = report(emma, frontDesk);
        recovery(report, "Order 1", T0.minusSeconds(60));
        db.run(em -> {
            JpaMistakeReportRepository reports = new JpaMistakeReportRepository(em);
            MistakeReport r = reports.findById(report.id()).orElseThrow();
            r.withdraw(emma.id(), T0);
            reports.save(r);
        });

        assertThat(due(new RecoveryQuery(emma.id(), Set.of(frontDesk.id()), null, null, null))).isEmpty();
    }

    private List<String> due(RecoveryQuery query) {
        return db.inTransaction(em -> new JpaRecoveryCaseRepository(em).due(query, PageRequest.first(20)).items().stream()
                .map(RecoveryCase::id).toList());
    }
}
