package dimple.web.learning;

import dimple.application.learning.LogPractice;
import dimple.application.learning.ScenarioService;
import dimple.application.learning.ScenarioView;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;

/** One scenario card, printable, with its practice log; leaders log a practice session. */
@Named
@ViewScoped
public class ScenarioPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ScenarioService scenarios;

    private String id;
    private ScenarioView card;
    private LocalDate heldOn = LocalDate.now();
    private String participants;
    private String notes;

    /** f:viewAction */
    public void load() {
        card = scenarios.find(id);
    }

    public String logPractice() {
        scenarios.logPractice(card.id(), new LogPractice(heldOn,
                participants == null ? null : Arrays.stream(participants.split("[,\\n]")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
                notes));
        Messages.done(Words.text(Words.current(), "done.practiceLogged"));
        return "/scenario/view?faces-redirect=true&id=" + card.id();
    }

    public ScenarioView getCard() {
        return card;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
