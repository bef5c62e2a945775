package dimple.application.reporting;

import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportsPastRetention;
import dimple.domain.retention.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/** The reports of an {@link InMemoryMistakeReports} that are finished before a moment and not yet anonymised. */
class InMemoryReportsPastRetention implements ReportsPastRetention {
    private final InMemoryMistakeReports reports;

    InMemoryReportsPastRetention(InMemoryMistakeReports reports) {
        this.reports = reports;
    }

    @Override
    public Due due(Instant finishedBefore) {
        List<MistakeReport> past = past(finishedBefore);
        List<MistakeReport> free = past.stream().filter(r -> !r.isHeld()).toList();
        return new Due(free.size(), free.stream().map(r -> r.finishedAt().orElseThrow()).min(Comparator.naturalOrder())
                .map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC)).orElse(null), past.size() - free.size());
    }

    @Override
    public List<MistakeReport> nextDue(Instant finishedBefore, int max) {
        return past(finishedBefore).stream().filter(r -> !r.isHeld()).limit(max).toList();
    }

    private List<MistakeReport> past(Instant finishedBefore) {
        return reports.all().stream().filter(r -> !r.isAnonymised())
                .filter(r -> r.finishedAt().map(at -> at.isBefore(finishedBefore)).orElse(false)).toList();
    }
}
