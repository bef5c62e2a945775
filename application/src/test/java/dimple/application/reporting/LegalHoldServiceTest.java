package dimple.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.RecordNotFound;
import dimple.domain.retention.Due;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A leader's legal hold on a report, and the sweep that anonymises finished reports past their period except held ones. */
class LegalHoldServiceTest {
    private final ReportingFixture world = new ReportingFixture();
    private final LegalHoldService holds = new LegalHoldService(world.reports, world.accounts, world.currentUser, world.actor,
            new AuditTrail(world.audit, world.confidentialActivity, world.currentUser, world.clock), world.clock);
    private final ReportRetention retention = new ReportRetention(new InMemoryReportsPastRetention(world.reports), world.reports, world.clock);

    private ReportView withdrawn(String title, String mode) {
        ReportView report = world.as("emma").reporting.submit(world.report(title, "Front Desk", mode));
        return world.as("emma").reporting.withdraw(new WithdrawReport(report.id(), null));
    }

    @Test
    void aLeaderOfTheTeam_placesAndLiftsAHold_eachAuditedOnceByTheReportsNumber() {
        ReportView report = withdrawn("Wrong room key", "NAMED");

        world.as("lena");
        LegalHoldView held = holds.place(report.id());
        holds.place(report.id());

        assertThat(held.held()).isTrue();
        assertThat(held.since()).isEqualTo(world.clock.instant());
        assertThat(holds.lift(report.id()).held()).isFalse();
        assertThat(world.auditLines()).filteredOn(l -> l.contains("LEGAL_HOLD"))
                .containsExactly("lena | LEGAL_HOLD_PLACED | " + report.number() + " | null", "lena | LEGAL_HOLD_LIFTED | " + report.number() + " | null");
    }

    @Test
    void theReporter_seesTheHoldButMayNotChangeIt_andALeaderOfAnotherTeamFindsNoReport() {
        ReportView report = withdrawn("Wrong room key", "NAMED");
        world.as("lena");
        holds.place(report.id());

        world.as("emma");
        LegalHoldView seen = holds.find(report.id());
        assertThat(seen.held()).isTrue();
        assertThat(seen.mayChange()).isFalse();
        world.as("leo");
        assertThatThrownBy(() -> holds.place(report.id())).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> holds.find("not-an-id")).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void aMemberWhoIsNoLeader_isRefused() {
        ReportView report = withdrawn("Wrong room key", "NAMED");
        world.currentUser.signedInAs("emma", dimple.domain.identity.Permission.REPORT_TRIAGE, dimple.domain.identity.Permission.SELF_USE);

        assertThatThrownBy(() -> holds.place(report.id())).isInstanceOf(AccessRefused.class);
    }

    @Test
    void theSweep_anonymisesFinishedReportsPastTheirPeriod_butNotAHeldOne() {
        ReportView kept = withdrawn("Kept under a hold", "NAMED");
        ReportView blanked = withdrawn("Blanked after the period", "CONFIDENTIAL");
        world.as("lena");
        holds.place(kept.id());
        world.clock.advance(Duration.ofDays(400));
        LocalDate today = LocalDate.ofInstant(world.clock.instant(), java.time.ZoneOffset.UTC);

        Due due = retention.due(today, today.minusMonths(12));
        assertThat(due.count()).isEqualTo(1);
        assertThat(due.held()).isEqualTo(1);
        assertThat(retention.sweepNext(today, today.minusMonths(12), 200)).isEqualTo(1);

        assertThat(world.reports.findById(blanked.id()).orElseThrow().title()).isEmpty();
        assertThat(world.reports.findById(kept.id()).orElseThrow().title()).isEqualTo("Kept under a hold");
        assertThat(retention.due(today, today.minusMonths(12)).count()).as("never twice").isZero();
        assertThat(retention.due(today, null)).as("no period: kept for ever").isEqualTo(Due.NONE);
    }

    @Test
    void theHoldsAuditLine_neverTiesAConfidentialReportToItsReporter() {
        ReportView report = world.as("lena").reporting.submit(world.report("Own slip", "Front Desk", "CONFIDENTIAL"));

        world.as("lena");
        holds.place(report.id());

        assertThat(world.auditLines()).noneMatch(l -> l.contains("LEGAL_HOLD") && l.contains("lena"));
        assertThat(world.waitingConfidentialActivity()).anyMatch(l -> l.contains(AuditAction.LEGAL_HOLD_PLACED) && l.contains(report.number()));
    }

    @Test
    void aHoldOnAConfidentialReport_isAuditedWithoutAName_whoeverPlacesIt_soTheLineSaysNothingOfTheReporter() {
        ReportView report = world.as("emma").reporting.submit(world.report("Their slip", "Front Desk", "CONFIDENTIAL"));

        world.as("lena");
        holds.place(report.id());
        holds.lift(report.id());

        assertThat(world.auditLines()).noneMatch(l -> l.contains("LEGAL_HOLD"));
        assertThat(world.waitingConfidentialActivity()).filteredOn(l -> l.contains(report.number()))
                .anyMatch(l -> l.contains(AuditAction.LEGAL_HOLD_PLACED)).anyMatch(l -> l.contains(AuditAction.LEGAL_HOLD_LIFTED))
                .noneMatch(l -> l.contains("lena"));
    }
}
