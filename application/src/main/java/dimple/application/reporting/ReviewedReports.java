package dimple.application.reporting;

import dimple.application.shared.EventPublisher;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.review.ReviewPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * When a review is published, the reports that went into it are closed, in the publishing transaction;
 * each records {@code ReportClosed}, from which the learning context tells its reporter what changed.
 */
@ApplicationScoped
public class ReviewedReports {
    private MistakeReportRepository reports;
    private EventPublisher events;

    protected ReviewedReports() {
    }

    @Inject
    public ReviewedReports(MistakeReportRepository reports, EventPublisher events) {
        this.reports = reports;
        this.events = events;
    }

    public void on(@Observes ReviewPublished published) {
        for (MistakeReport report : reports.findByIds(published.reportIds())) {
            if (report.status() != ReportStatus.IN_REVIEW || !published.reviewId().equals(report.reviewId())) {
                continue;
            }
            report.closeAfterReview(published.reviewId(), published.occurredAt());
            reports.save(report);
            events.publish(report.takeEvents());
        }
    }
}
