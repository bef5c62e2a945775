package dimple.web.reporting;

import dimple.application.recovery.RecoveryCounts;
import dimple.application.recovery.RecoveryService;
import dimple.application.reporting.ReportingCounts;
import dimple.application.reporting.ReportingService;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The numbers on the dashboard's badges: questions waiting, reports awaiting triage, recoveries overdue and due soon. */
@Named
@RequestScoped
public class ReportingDashboard {
    @Inject
    CurrentUser currentUser;

    @Inject
    ReportingService reporting;

    @Inject
    RecoveryService recoveries;

    private ReportingCounts reports = new ReportingCounts(0, 0);
    private RecoveryCounts due = new RecoveryCounts(0, 0);

    @PostConstruct
    void load() {
        if (currentUser.username().isPresent()) {
            reports = reporting.counts();
            due = recoveries.counts();
        }
    }

    public ReportingCounts getReports() {
        return reports;
    }

    public RecoveryCounts getDue() {
        return due;
    }
}
