package dimple.web.learning;

import dimple.application.learning.ScenarioService;
import dimple.application.learning.ScenarioSource;
import dimple.application.learning.ScenarioView;
import dimple.application.learning.WriteScenario;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;

/** A leader turns a lesson into a role-play card. */
@Named
@ViewScoped
public class ScenarioForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ScenarioService scenarios;

    private String lessonId;
    private ScenarioSource lesson;
    private String persona;
    private String situation;
    private String mayOffer;
    private String goodLooksLike;
    private String debriefQuestions;

    /** f:viewAction: only people who may write cards get the form (others the 403 page, through the refusal handler). */
    public void load() {
        lesson = scenarios.source(lessonId);
    }

    public String save() {
        ScenarioView card = scenarios.write(lesson.lessonId(), new WriteScenario(persona, situation, mayOffer, goodLooksLike,
                debriefQuestions == null ? null : Arrays.stream(debriefQuestions.split("\\n")).map(String::strip).filter(q -> !q.isEmpty()).toList()));
        Messages.done(Words.text(Words.current(), "done.scenarioWritten"));
        return "/scenario/view?faces-redirect=true&id=" + card.id();
    }

    public ScenarioSource getLesson() {
        return lesson;
    }

    public String getLessonId() {
        return lessonId;
    }

    public void setLessonId(String lessonId) {
        this.lessonId = lessonId;
    }

    public String getPersona() {
        return persona;
    }

    public void setPersona(String persona) {
        this.persona = persona;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public String getMayOffer() {
        return mayOffer;
    }

    public void setMayOffer(String mayOffer) {
        this.mayOffer = mayOffer;
    }

    public String getGoodLooksLike() {
        return goodLooksLike;
    }

    public void setGoodLooksLike(String goodLooksLike) {
        this.goodLooksLike = goodLooksLike;
    }

    public String getDebriefQuestions() {
        return debriefQuestions;
    }

    public void setDebriefQuestions(String debriefQuestions) {
        this.debriefQuestions = debriefQuestions;
    }
}
