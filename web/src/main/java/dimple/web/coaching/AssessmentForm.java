package dimple.web.coaching;

import dimple.application.coaching.AssessmentOptions;
import dimple.application.coaching.AssessmentService;
import dimple.application.coaching.AssessmentView;
import dimple.application.coaching.DecisionAid;
import dimple.application.coaching.OpenAssessment;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The leader's assessment form: a named report of their team, the person, the reason, the four tests
 * with their guidance, and the behaviour and response they conclude. The tests' suggestion is shown
 * as the answers come in; the leader decides.
 */
@Named
@ViewScoped
public class AssessmentForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessing;

    private AssessmentOptions options;
    private String reportId;
    private String subject;
    private String reason;
    private Boolean deliberateHarm;
    private Boolean health;
    private Boolean foresight;
    private Boolean substitution;
    private String behaviour;
    private String response;

    /** f:viewAction */
    public void load() {
        options = assessing.options();
    }

    public String save() {
        AssessmentView saved = assessing.open(new OpenAssessment(reportId, subject, reason,
                new OpenAssessment.Tests(deliberateHarm, health, foresight, substitution), behaviour, response));
        Messages.done(Words.text(Words.current(), "done.assessmentRecorded", saved.subjectName()));
        return "/coaching/assessment?faces-redirect=true&id=" + saved.id();
    }

    /** What the answers so far suggest; null until all four are answered. */
    public DecisionAid.Suggestion getSuggestion() {
        return DecisionAid.suggest(new OpenAssessment.Tests(deliberateHarm, health, foresight, substitution));
    }

    public AssessmentOptions getOptions() {
        return options;
    }

    public String getReportId() {
        return reportId;
    }

    public void setReportId(String reportId) {
        this.reportId = reportId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Boolean getDeliberateHarm() {
        return deliberateHarm;
    }

    public void setDeliberateHarm(Boolean deliberateHarm) {
        this.deliberateHarm = deliberateHarm;
    }

    public Boolean getHealth() {
        return health;
    }

    public void setHealth(Boolean health) {
        this.health = health;
    }

    public Boolean getForesight() {
        return foresight;
    }

    public void setForesight(Boolean foresight) {
        this.foresight = foresight;
    }

    public Boolean getSubstitution() {
        return substitution;
    }

    public void setSubstitution(Boolean substitution) {
        this.substitution = substitution;
    }

    public String getBehaviour() {
        return behaviour;
    }

    public void setBehaviour(String behaviour) {
        this.behaviour = behaviour;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }
}
