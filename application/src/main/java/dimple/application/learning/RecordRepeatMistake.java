package dimple.application.learning;

import dimple.application.shared.OutboxHandler;
import dimple.domain.learning.InsightFigures;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonSearch;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * After a report is filed, the published lesson most like it (if any) is looked for, and the report is
 * remembered as a repeat of it for the insights: the lesson and the team only, never who reported it.
 * Done after the commit, so the search never runs while the filing transaction holds the receipt counter.
 */
@ApplicationScoped
public class RecordRepeatMistake implements OutboxHandler<ReportSubmitted> {
    private MistakeReportRepository reports;
    private LessonSearch search;
    private InsightFigures figures;

    protected RecordRepeatMistake() {
    }

    @Inject
    public RecordRepeatMistake(MistakeReportRepository reports, LessonSearch search, InsightFigures figures) {
        this.reports = reports;
        this.search = search;
        this.figures = figures;
    }

    @Override
    public String name() {
        return "learning.record-repeat-mistake";
    }

    @Override
    public Class<ReportSubmitted> event() {
        return ReportSubmitted.class;
    }

    @Override
    public void handle(ReportSubmitted submitted) {
        reports.findById(submitted.reportId()).ifPresent(report -> search.similar(report.title() + " " + report.narrative(), 1).stream()
                .findFirst().map(Lesson::id)
                .ifPresent(lessonId -> figures.recordRepeat(report.id(), lessonId, report.teamId(), submitted.occurredAt())));
    }
}
