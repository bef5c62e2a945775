package dimple.web.review;

import dimple.application.reporting.TriageOutcome;
import dimple.application.reporting.TriageReport;
import dimple.application.reporting.TriageService;
import dimple.application.reporting.TriageView;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The triage part of the report page: the outcome for the reporter and the team's leaders, and for
 * leaders of a report that waits, the decision — noted, a blameless review (new, or an open one of
 * the team) or a duplicate of an earlier report.
 */
@Named
@ViewScoped
public class ReportTriage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TriageService triage;

    private String id;
    private TriageView view;
    private String decision = "REVIEW";
    private String note;
    private String duplicateOf;
    private String reviewId;

    /** f:viewAction */
    public void load() {
        view = triage.find(id);
    }

    public String decide() {
        TriageOutcome outcome = triage.triage(new TriageReport(view.reportId(), decision, note,
                "DUPLICATE".equals(decision) ? duplicateOf : null, "REVIEW".equals(decision) ? reviewId : null, view.reportVersion()));
        if (outcome.reviewId() != null) {
            Messages.done(Words.text(Words.current(), "done.reportInReview", view.reportNumber()));
            return "/review/view?faces-redirect=true&id=" + outcome.reviewId();
        }
        Messages.done(Words.text(Words.current(), "done.reportTriaged", view.reportNumber()));
        return "/report/view?faces-redirect=true&id=" + view.reportId();
    }

    public TriageView getView() {
        return view;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDuplicateOf() {
        return duplicateOf;
    }

    public void setDuplicateOf(String duplicateOf) {
        this.duplicateOf = duplicateOf;
    }

    public String getReviewId() {
        return reviewId;
    }

    public void setReviewId(String reviewId) {
        this.reviewId = reviewId;
    }
}
