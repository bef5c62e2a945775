package dimple.web.coaching;

import dimple.application.coaching.AssessmentService;
import dimple.application.coaching.AssessmentView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One assessment, for its assessor, the person assessed and HR (the read is audited). */
@Named
@ViewScoped
public class AssessmentDetail implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessing;

    private String id;
    private AssessmentView assessment;

    /** f:viewAction */
    public void load() {
        assessment = assessing.find(id);
    }

    public AssessmentView getAssessment() {
        return assessment;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
