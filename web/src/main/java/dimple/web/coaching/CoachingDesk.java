package dimple.web.coaching;

import dimple.application.coaching.AssessmentService;
import dimple.application.coaching.AssessmentView;
import dimple.application.coaching.CoachingFilter;
import dimple.application.coaching.CoachingRecordSummary;
import dimple.application.coaching.CoachingService;
import dimple.application.shared.CurrentUser;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The leader's desk in the accountability lane: the coaching records and assessments they wrote. */
@Named
@ViewScoped
public class CoachingDesk implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int ROWS = 20;

    @Inject
    CoachingService coaching;

    @Inject
    AssessmentService assessing;

    @Inject
    CurrentUser currentUser;

    private PagedTable<CoachingRecordSummary> records;
    private PagedTable<AssessmentView> assessments;

    @PostConstruct
    void init() {
        String me = currentUser.require();
        records = new PagedTable<>(ROWS, (page, size) -> coaching.list(new CoachingFilter(null, null, me, null, null, null), page, size));
        assessments = new PagedTable<>(ROWS, (page, size) -> assessing.list(page, size));
    }

    /**
     * f:viewAction: the desk is for those who write coaching records; asking whom one may coach refuses
     * everyone else, who get the 403 page (through the refusal handler) instead of the desk.
     */
    public void load() {
        coaching.people();
    }

    public PagedTable<CoachingRecordSummary> getRecords() {
        return records;
    }

    public PagedTable<AssessmentView> getAssessments() {
        return assessments;
    }
}
