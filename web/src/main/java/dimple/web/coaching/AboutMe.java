package dimple.web.coaching;

import dimple.application.coaching.AssessmentService;
import dimple.application.coaching.AssessmentView;
import dimple.application.coaching.CoachingFilter;
import dimple.application.coaching.CoachingRecordSummary;
import dimple.application.coaching.CoachingService;
import dimple.application.shared.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Records about me": the coaching records shared with the employee and the assessments about them. */
@Named
@ViewScoped
public class AboutMe implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CoachingService coaching;

    @Inject
    AssessmentService assessing;

    @Inject
    CurrentUser currentUser;

    private List<CoachingRecordSummary> records = List.of();
    private List<AssessmentView> assessments = List.of();

    /** f:viewAction: at most a hundred of each, the latest first. */
    public void load() {
        String me = currentUser.require();
        records = coaching.list(new CoachingFilter(null, me, null, null, null, null), 0, 100).items();
        assessments = assessing.list(0, 100).items().stream().filter(a -> me.equals(a.subject())).toList();
    }

    public List<CoachingRecordSummary> getRecords() {
        return records;
    }

    public List<AssessmentView> getAssessments() {
        return assessments;
    }

    public long getAwaiting() {
        return records.stream().filter(CoachingRecordSummary::awaitsYou).count();
    }
}
