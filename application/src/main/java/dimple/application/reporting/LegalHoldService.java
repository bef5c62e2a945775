package dimple.application.reporting;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Legal holds on reports (docs/adr/0052): a leader of a report's team places or lifts one, and the retention sweep
 * then leaves the report and its recovery cases alone. Audited by the report's number; a hold on a confidential report
 * is audited as that report's confidential activity, never by name, whoever placed it.
 */
@ApplicationScoped
@Transactional
public class LegalHoldService {
    private MistakeReportRepository reports;
    private AccountRepository accounts;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private Clock clock;

    protected LegalHoldService() {
    }

    @Inject
    public LegalHoldService(MistakeReportRepository reports, AccountRepository accounts, CurrentUser currentUser, CurrentActor actor,
                            AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The hold of a report one may see. */
    @RequiresPermissions(Permission.SELF_USE)
    public LegalHoldView find(String reportId) {
        Account me = actor.account(accounts);
        MistakeReport report = visibleReport(reportId, me);
        return view(report, me);
    }

    /** Places a hold (a hold already placed stays as it was). */
    @RequiresPermissions(Permission.REPORT_TRIAGE)
    public LegalHoldView place(String reportId) {
        Account me = actor.account(accounts);
        MistakeReport report = ledReport(reportId, me);
        if (!report.isHeld()) {
            report.placeLegalHold(clock.instant());
            reports.save(report);
            audit(report, me, AuditAction.LEGAL_HOLD_PLACED);
        }
        return view(report, me);
    }

    /** Lifts the hold; the next sweep may then anonymise the report if its period is over. */
    @RequiresPermissions(Permission.REPORT_TRIAGE)
    public LegalHoldView lift(String reportId) {
        Account me = actor.account(accounts);
        MistakeReport report = ledReport(reportId, me);
        if (report.isHeld()) {
            report.liftLegalHold();
            reports.save(report);
            audit(report, me, AuditAction.LEGAL_HOLD_LIFTED);
        }
        return view(report, me);
    }

    private LegalHoldView view(MistakeReport report, Account me) {
        boolean mayChange = me.leads(report.teamId()) && currentUser.isPermitted(Permission.REPORT_TRIAGE);
        return new LegalHoldView(report.id(), report.isHeld(), report.legalHoldSince(), mayChange);
    }

    private MistakeReport ledReport(String reportId, Account me) {
        MistakeReport report = visibleReport(reportId, me);
        if (!me.leads(report.teamId())) {
            throw new AccessRefused();
        }
        return report;
    }

    private MistakeReport visibleReport(String reportId, Account me) {
        if (!Ids.looksLikeId(reportId)) {
            throw new RecordNotFound("report");
        }
        return reports.findById(reportId).filter(r -> r.isVisibleTo(me)).orElseThrow(() -> new RecordNotFound("report"));
    }

    /**
     * On a report that is not named, every hold is audited as its confidential activity, whoever placed it: if only the
     * reporter's own holds went that way, a line without a name would say the reporter leads the team.
     */
    private void audit(MistakeReport report, Account me, String action) {
        if (report.reporterMode() != ReporterMode.NAMED) {
            audit.recordConfidential(action, report.number(), null);
        } else {
            audit.recordAs(me.username(), action, report.number(), null);
        }
    }
}
