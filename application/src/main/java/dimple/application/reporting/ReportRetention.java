package dimple.application.reporting;

import dimple.application.retention.RetainedRecords;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportsPastRetention;
import dimple.domain.retention.Due;
import dimple.domain.retention.RecordType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Reports for the retention sweep: finished ones past their period are anonymised ({@link MistakeReport#anonymise}). */
@ApplicationScoped
@Transactional
public class ReportRetention implements RetainedRecords {
    private ReportsPastRetention past;
    private MistakeReportRepository reports;
    private Clock clock;

    protected ReportRetention() {
    }

    @Inject
    public ReportRetention(ReportsPastRetention past, MistakeReportRepository reports, Clock clock) {
        this.past = past;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.REPORTS;
    }

    @Override
    public Due due(LocalDate today, LocalDate keptFrom) {
        return keptFrom == null ? Due.NONE : past.due(RetainedRecords.startOf(keptFrom));
    }

    @Override
    public int sweepNext(LocalDate today, LocalDate keptFrom, int max) {
        if (keptFrom == null) {
            return 0;
        }
        Instant now = clock.instant();
        int count = 0;
        for (MistakeReport report : past.nextDue(RetainedRecords.startOf(keptFrom), max)) {
            report.anonymise(now);
            reports.save(report);
            count++;
        }
        return count;
    }
}
