package dimple.web.coaching;

import dimple.application.coaching.AssessmentService;
import dimple.application.coaching.AssessmentView;
import dimple.application.coaching.CoachingFilter;
import dimple.application.coaching.CoachingRecordSummary;
import dimple.application.coaching.CoachingService;
import dimple.application.shared.CurrentUser;
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

    private AuditedPages<CoachingRecordSummary> records;
    private AuditedPages<AssessmentView> assessments;

    @PostConstruct
    void init() {
        String me = currentUser.require();
        records = new AuditedPages<>((page, size) -> coaching.list(new CoachingFilter(null, null, me, null, null, null), page, size), ROWS);
        assessments = new AuditedPages<>((page, size) -> assessing.list(page, size), ROWS);
    }

    /**
     * f:viewAction: the desk is for those who write coaching records; asking whom one may coach refuses
     * everyone else, who get the 403 page (through the refusal handler) instead of the desk.
     */
    public void load() {
        coaching.people();
    }

    public AuditedPages<CoachingRecordSummary> getRecords() {
        return records;
    }

    public AuditedPages<AssessmentView> getAssessments() {
        return assessments;
    }
}
