package dimple.application.coaching;

import dimple.application.reporting.InMemoryMistakeReports;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The reports port over the in-memory reports, with the same rules as the JPA adapter. */
public class InMemoryReportFacts implements ReportFacts {
    private final InMemoryMistakeReports reports;

    public InMemoryReportFacts(InMemoryMistakeReports reports) {
        this.reports = reports;
    }

    @Override
    public Optional<ReportFact> find(String reportId) {
        return reports.findById(reportId).map(InMemoryReportFacts::fact);
    }

    @Override
    public List<ReportFact> namedReportsOf(Collection<String> teamIds, int limit) {
        return reports.all().stream()
                .filter(r -> teamIds.contains(r.teamId()) && !r.isConfidential() && r.status() != ReportStatus.WITHDRAWN)
                .sorted(Comparator.comparing(MistakeReport::submittedAt).reversed().thenComparing(MistakeReport::id))
                .limit(limit).map(InMemoryReportFacts::fact).toList();
    }

    private static ReportFact fact(MistakeReport r) {
        return new ReportFact(r.id(), r.number(), r.title(), r.teamId(), r.isConfidential(), r.reporterAccountId(), r.occurredAt(),
                r.submittedAt());
    }
}
