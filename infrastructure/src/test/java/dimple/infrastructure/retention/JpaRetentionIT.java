package dimple.infrastructure.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.audit.AuditEntry;
import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryOutcome;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.retention.Due;
import dimple.domain.retention.RecordType;
import dimple.domain.retention.RetentionPeriod;
import dimple.infrastructure.audit.JpaAuditEntryRepository;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.recovery.JpaRecoveryCaseRepository;
import dimple.infrastructure.recovery.JpaRecoveryCasesPastRetention;
import dimple.infrastructure.reporting.JpaMistakeReportRepository;
import dimple.infrastructure.reporting.JpaReportsPastRetention;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retention periods and what is past them, on the database the build runs against (H2, and PostgreSQL when configured). */
class JpaRetentionIT {
    private static final Instant T0 = Instant.parse("2018-03-01T10:00:00Z");
    private static final Instant CUT_OFF = Instant.parse("2019-01-01T00:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();
    private final Team frontDesk = Team.found("Front Desk", T0);
    private final Account emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE), T0);
    private final Account lena = Account.open("lena", "Lena Leader", "hash", Set.of(Role.EMPLOYEE, Role.LEADER), T0);
    private int receipts;

    JpaRetentionIT() {
        lena.assignTeams(Set.of(frontDesk.id()), Set.of(frontDesk.id()));
        db.run(em -> {
            new JpaTeamRepository(em).save(frontDesk);
            new JpaAccountRepository(em).save(emma);
            new JpaAccountRepository(em).save(lena);
        });
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void periods_roundTrip_andOneRemovedIsKeptForEverAgain() {
        db.run(em -> {
            new JpaRetentionPeriodRepository(em).save(RetentionPeriod.of(RecordType.REPORTS, 84, lena.id(), T0));
            new JpaRetentionPeriodRepository(em).save(RetentionPeriod.of(RecordType.AUDIT_LOG, 24, lena.id(), T0));
        });
        db.run(em -> {
            JpaRetentionPeriodRepository periods = new JpaRetentionPeriodRepository(em);
            periods.find(RecordType.REPORTS).orElseThrow().change(96, lena.id(), T0.plusSeconds(60));
            periods.remove(periods.find(RecordType.AUDIT_LOG).orElseThrow());
        });

        List<RetentionPeriod> all = db.inTransaction(em -> new JpaRetentionPeriodRepository(em).all());
        assertThat(all).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(RecordType.REPORTS);
            assertThat(p.months()).isEqualTo(96);
            assertThat(p.changedAt()).isEqualTo(T0.plusSeconds(60));
        });
    }

    @Test
    void reports_finishedBeforeTheCutOff_areDue_theHeldCountedApart_theOpenAndTheRecentNot() {
        MistakeReport noted = report(r -> r.triageAsNoted(lena, "Thanks", T0.plus(Duration.ofDays(10))));
        MistakeReport withdrawn = report(r -> r.withdraw(emma.id(), T0.plus(Duration.ofDays(2))));
        MistakeReport held = report(r -> {
            r.withdraw(emma.id(), T0.plus(Duration.ofDays(3)));
            r.placeLegalHold(T0.plus(Duration.ofDays(4)));
        });
        report(r -> {
        });
        report(r -> r.triageAsNoted(lena, "Thanks", CUT_OFF.plusSeconds(1)));

        Due due = db.inTransaction(em -> new JpaReportsPastRetention(em).due(CUT_OFF));
        List<String> next = db.inTransaction(em -> new JpaReportsPastRetention(em).nextDue(CUT_OFF, 10).stream().map(MistakeReport::id).toList());

        assertThat(due).isEqualTo(new Due(2, LocalDate.of(2018, 3, 3), 1));
        assertThat(next).containsExactlyInAnyOrder(noted.id(), withdrawn.id()).doesNotContain(held.id());
        db.run(em -> new JpaReportsPastRetention(em).nextDue(CUT_OFF, 1).forEach(r -> r.anonymise(CUT_OFF)));
        assertThat(db.inTransaction(em -> new JpaReportsPastRetention(em).due(CUT_OFF)).count()).as("an anonymised report is not due again").isEqualTo(1);
    }

    @Test
    void anAnonymisedReport_comesBackWithoutItsWords() {
        MistakeReport report = report(r -> r.triageAsNoted(lena, "Thanks, Mrs Berger", T0.plusSeconds(60)));
        db.run(em -> {
            MistakeReport stored = new JpaMistakeReportRepository(em).findById(report.id()).orElseThrow();
            stored.ask(lena.id(), "Which room was Mrs Berger in?", T0.plusSeconds(90));
        });
        db.run(em -> new JpaReportsPastRetention(em).nextDue(CUT_OFF, 10).forEach(r -> r.anonymise(CUT_OFF)));

        MistakeReport again = db.inTransaction(em -> {
            MistakeReport r = new JpaMistakeReportRepository(em).findById(report.id()).orElseThrow();
            r.questions().size();
            return r;
        });
        assertThat(again.title()).isEmpty();
        assertThat(again.narrative()).isEmpty();
        assertThat(again.triageNote()).isNull();
        assertThat(again.questions()).singleElement().satisfies(q -> assertThat(q.text()).isEmpty());
        assertThat(again.isAnonymised()).isTrue();
        assertThat(again.kind()).isEqualTo(ReportKind.CUSTOMER_HARMED);
        assertThat(again.reporterAccountId()).as("a named report names nobody once anonymised").isNull();
        assertThat(again.reporterMode()).isEqualTo(report.reporterMode());
    }

    @Test
    void recoveryCases_closedBeforeTheCutOff_areDue_unlessTheirReportIsHeld() {
        MistakeReport free = report(r -> r.triageAsNoted(lena, "Thanks", T0.plusSeconds(60)));
        MistakeReport held = report(r -> r.placeLegalHold(T0));
        RecoveryCase closed = recovery(free, T0.plus(Duration.ofDays(5)));
        recovery(held, T0.plus(Duration.ofDays(1)));
        recovery(free, CUT_OFF.plusSeconds(60));
        recovery(free, null);

        Due due = db.inTransaction(em -> new JpaRecoveryCasesPastRetention(em).due(CUT_OFF));
        db.run(em -> new JpaRecoveryCasesPastRetention(em).nextDue(CUT_OFF, 10).forEach(c -> c.anonymise(CUT_OFF)));

        assertThat(due).isEqualTo(new Due(1, LocalDate.of(2018, 3, 6), 1));
        RecoveryCase again = db.inTransaction(em -> new JpaRecoveryCaseRepository(em).findById(closed.id()).orElseThrow());
        assertThat(again.customerRef()).isEmpty();
        assertThat(again.steps()).extracting(s -> s.note()).containsOnlyNulls();
        assertThat(again.outcome()).isEqualTo(RecoveryOutcome.SATISFIED);
        assertThat(db.inTransaction(em -> new JpaRecoveryCasesPastRetention(em).due(CUT_OFF)).count()).isZero();
    }

    @Test
    void auditEntries_recordedBeforeTheCutOff_areDeletedOldestFirst_inBatches() {
        db.run(em -> {
            JpaAuditEntryRepository entries = new JpaAuditEntryRepository(em);
            for (int i = 0; i < 5; i++) {
                entries.append(AuditEntry.of(T0.plus(Duration.ofDays(i)), "ada", "SIGNED_IN", "ada", null));
            }
            entries.append(AuditEntry.of(CUT_OFF, "ada", "SIGNED_IN", "ada", null));
        });

        Due due = db.inTransaction(em -> new JpaAuditLogPastRetention(em).due(CUT_OFF));
        int first = db.inTransaction(em -> new JpaAuditLogPastRetention(em).deleteNext(CUT_OFF, 3));
        int second = db.inTransaction(em -> new JpaAuditLogPastRetention(em).deleteNext(CUT_OFF, 3));
        int third = db.inTransaction(em -> new JpaAuditLogPastRetention(em).deleteNext(CUT_OFF, 3));

        assertThat(due).isEqualTo(new Due(5, LocalDate.of(2018, 3, 1), 0));
        assertThat(List.of(first, second, third)).containsExactly(3, 2, 0);
        assertThat(db.inTransaction(em -> new JpaAuditLogPastRetention(em).due(Instant.parse("2100-01-01T00:00:00Z"))).count()).isEqualTo(1);
    }

    private MistakeReport report(java.util.function.Consumer<MistakeReport> then) {
        MistakeReport report = MistakeReport.submit("R-2018-" + String.format("%06d", ++receipts), T0,
                new MistakeReport.Reporter(emma.id(), frontDesk.id(), ReporterMode.NAMED), "Wrong room key for Mrs Berger", "The card opened 214.",
                T0.minusSeconds(60), ReportKind.CUSTOMER_HARMED, CustomerImpact.MINOR, null);
        then.accept(report);
        db.run(em -> new JpaMistakeReportRepository(em).save(report));
        return report;
    }

    private RecoveryCase recovery(MistakeReport report, Instant closedAt) {
        RecoveryCase recovery = RecoveryCase.open(report.id(), report.teamId(), "Order 48213", false, "Mrs Berger", false, null, T0);
        if (closedAt != null) {
            recovery.close(RecoveryOutcome.SATISFIED, closedAt, "She was fine");
        }
        db.run(em -> new JpaRecoveryCaseRepository(em).save(recovery));
        return recovery;
    }
}
