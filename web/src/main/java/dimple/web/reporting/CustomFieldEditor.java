package dimple.web.reporting;

import dimple.application.reporting.CustomFieldService;
import dimple.application.reporting.CustomFieldView;
import dimple.application.reporting.DefineCustomField;
import dimple.application.reporting.ReviseCustomField;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A team's custom fields (docs/adr/0046): administrators for any team, leaders for the teams they lead add, reword,
 * reorder and remove the questions the report form asks for the team. The same use cases as the API's
 * {@code /api/custom-fields}.
 */
@Named
@ViewScoped
public class CustomFieldEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> TYPES = List.of("TEXT", "LONG_TEXT", "NUMBER", "DATE", "CHOICE", "MULTI_CHOICE", "YES_NO");

    @Inject
    CustomFieldService fields;

    private String team;
    private List<String> teams = List.of();
    private List<CustomFieldView> list = List.of();
    /** The field being edited, or null while adding one. */
    private String editing;
    private String label;
    private String type = "TEXT";
    private boolean required;
    private String helpText;
    private String choices;

    /** f:viewAction: the teams one may define fields for; the first is shown unless the address names one. */
    public void load() {
        teams = fields.teamsToDefineFor();
        if ((team == null || team.isBlank()) && !teams.isEmpty()) {
            team = teams.get(0);
        }
        refresh();
    }

    /** Ajax, when another team is chosen. */
    public void showTeam() {
        cancel();
        refresh();
    }

    private void refresh() {
        list = team == null || team.isBlank() ? List.of() : fields.ofTeam(team);
    }

    public void save() {
        if (editing == null) {
            CustomFieldView added = fields.define(new DefineCustomField(team, label, type, required, helpText, choiceLines()));
            Messages.done(Words.text(Words.current(), "customFields.done.added", added.label()));
        } else {
            CustomFieldView changed = fields.revise(new ReviseCustomField(editing, label, required, helpText, choiceLines()));
            Messages.done(Words.text(Words.current(), "customFields.done.changed", changed.label()));
        }
        cancel();
        refresh();
    }

    public void edit(CustomFieldView field) {
        editing = field.id();
        label = field.label();
        type = field.type();
        required = field.required();
        helpText = field.helpText();
        choices = String.join("\n", field.choices());
    }

    public void cancel() {
        editing = null;
        label = null;
        type = "TEXT";
        required = false;
        helpText = null;
        choices = null;
    }

    public void move(CustomFieldView field, int by) {
        list = fields.move(field.id(), by);
    }

    public void remove(CustomFieldView field) {
        fields.remove(field.id());
        Messages.done(Words.text(Words.current(), "customFields.done.removed", field.label()));
        if (field.id().equals(editing)) {
            cancel();
        }
        refresh();
    }

    private List<String> choiceLines() {
        return choices == null ? List.of() : Arrays.stream(choices.split("\\R")).toList();
    }

    /** A field's choices as one line. */
    public String choicesOf(CustomFieldView field) {
        return String.join(", ", field.choices());
    }

    public List<CustomFieldView> getActive() {
        return list.stream().filter(f -> !f.removed()).toList();
    }

    public List<CustomFieldView> getRemoved() {
        return list.stream().filter(CustomFieldView::removed).toList();
    }

    public List<String> getTypes() {
        return TYPES;
    }

    public List<String> getTeams() {
        return teams;
    }

    public boolean isEditingOne() {
        return editing != null;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getHelpText() {
        return helpText;
    }

    public void setHelpText(String helpText) {
        this.helpText = helpText;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }
}
