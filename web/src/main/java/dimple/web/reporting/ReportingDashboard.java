package dimple.web.reporting;

import dimple.application.reporting.ReportingCounts;
import dimple.application.reporting.ReportingService;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The numbers on the dashboard's report badges: questions waiting and reports awaiting triage. */
@Named
@RequestScoped
public class ReportingDashboard {
    @Inject
    CurrentUser currentUser;

    @Inject
    ReportingService reporting;

    private ReportingCounts reports = new ReportingCounts(0, 0);

    @PostConstruct
    void load() {
        if (currentUser.username().isPresent()) {
            reports = reporting.counts();
        }
    }

    public ReportingCounts getReports() {
        return reports;
    }
}
