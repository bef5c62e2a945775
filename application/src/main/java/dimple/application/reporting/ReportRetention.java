package dimple.application.reporting;

import dimple.application.retention.AnonymisedRecords;
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
import java.util.List;

/** Reports for the retention sweep: finished ones past their period are anonymised ({@link MistakeReport#anonymise}), held ones never. */
@ApplicationScoped
@Transactional
public class ReportRetention extends AnonymisedRecords<MistakeReport> {
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
    protected Due dueBefore(Instant moment) {
        return past.due(moment);
    }

    @Override
    protected List<MistakeReport> nextDueBefore(Instant moment, int max) {
        return past.nextDue(moment, max);
    }

    @Override
    protected void anonymise(MistakeReport report, Instant now) {
        report.anonymise(now);
        reports.save(report);
    }

    @Override
    protected Clock clock() {
        return clock;
    }
}
