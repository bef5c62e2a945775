package dimple.application.recovery;

import dimple.application.reporting.RecoveriesOfReports;
import dimple.application.reporting.RecoveryView;
import dimple.domain.recovery.RecoveryCaseRepository;
import dimple.domain.reporting.MistakeReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** The recovery cases a report's page shows, for the reporting context. */
@ApplicationScoped
public class CasesOfReports implements RecoveriesOfReports {
    private RecoveryCaseRepository recoveries;

    protected CasesOfReports() {
    }

    @Inject
    public CasesOfReports(RecoveryCaseRepository recoveries) {
        this.recoveries = recoveries;
    }

    @Override
    public List<RecoveryView> of(MistakeReport report, String teamName, Instant now) {
        return recoveries.findByReport(report.id()).stream().map(c -> RecoveryViews.of(c, report, teamName, now)).toList();
    }

    @Override
    public java.util.Map<String, Long> affectedCustomers(java.util.Collection<String> reportIds) {
        return reportIds.isEmpty() ? java.util.Map.of() : recoveries.countByReports(reportIds);
    }
}
