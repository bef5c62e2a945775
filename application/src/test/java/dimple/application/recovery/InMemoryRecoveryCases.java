package dimple.application.recovery;

import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryCaseRepository;
import dimple.domain.recovery.RecoveryQuery;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recovery cases in a map; the due list joins the reports as the JPA query does. */
public class InMemoryRecoveryCases implements RecoveryCaseRepository {
    private final Map<String, RecoveryCase> byId = new LinkedHashMap<>();
    private final MistakeReportRepository reports;

    public InMemoryRecoveryCases(MistakeReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public Optional<RecoveryCase> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<RecoveryCase> findByReport(String reportId) {
        return byId.values().stream().filter(c -> c.reportId().equals(reportId)).toList();
    }

    @Override
    public java.util.Map<String, Long> countByReports(java.util.Collection<String> reportIds) {
        return byId.values().stream().filter(c -> reportIds.contains(c.reportId()))
                .collect(java.util.stream.Collectors.groupingBy(RecoveryCase::reportId, java.util.stream.Collectors.counting()));
    }

    @Override
    public void save(RecoveryCase recovery) {
        byId.put(recovery.id(), recovery);
    }

    @Override
    public Page<RecoveryCase> due(RecoveryQuery q, PageRequest page) {
        List<RecoveryCase> found = byId.values().stream().filter(c -> {
            MistakeReport report = reports.findById(c.reportId()).orElse(null);
            return report != null && report.status() != ReportStatus.WITHDRAWN
                    && (report.isReportedBy(q.reporterAccountId()) || q.ledTeamIds().contains(c.teamId()))
                    && (q.teamId() == null || q.teamId().equals(c.teamId()))
                    && !c.status().isSettled()
                    && (q.dueFrom() == null || !c.followUpDue().isBefore(q.dueFrom()))
                    && (q.dueBefore() == null || c.followUpDue().isBefore(q.dueBefore()));
        }).sorted(Comparator.comparing(RecoveryCase::followUpDue).thenComparing(RecoveryCase::id)).toList();
        return Page.of(found.stream().skip(page.offset()).limit(page.size()).toList(), page, found.size());
    }

    public List<RecoveryCase> all() {
        return List.copyOf(byId.values());
    }
}
