package dimple.application.reporting;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.application.shared.TakenMeanwhile;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.reporting.CustomField;
import dimple.domain.reporting.CustomFieldRepository;
import dimple.domain.reporting.CustomFieldType;
import dimple.domain.shared.Ids;
import dimple.domain.shared.TextRefused;
import dimple.domain.shared.UniqueKeyTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The custom fields a team asks on its reports (docs/adr/0046-custom-fields-of-a-team.md): administrators define them
 * for any team, leaders for the teams they lead; anyone else does not see a team's fields here (the team is refused
 * as not theirs, a field by id is not found). Every change is audited against the team, with the field's key, never a
 * report's answer. Removing a field retires it: reports keep their answers.
 *
 * <p>A member of a team reads the team's active fields when filing a report ({@link #toAnswer}).
 */
@ApplicationScoped
@Transactional
public class CustomFieldService {
    private CustomFieldRepository fields;
    private TeamRepository teams;
    private AccountRepository accounts;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private Clock clock;

    protected CustomFieldService() {
    }

    @Inject
    public CustomFieldService(CustomFieldRepository fields, TeamRepository teams, AccountRepository accounts, CurrentUser currentUser,
                              CurrentActor actor, AuditTrail audit, Clock clock) {
        this.fields = fields;
        this.teams = teams;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The teams whose fields the caller may define: every team for an administrator, the teams they lead for a leader. */
    @RequiresPermissions(Permission.FIELD_DEFINE)
    public List<String> teamsToDefineFor() {
        Account me = me();
        List<Team> all = currentUser.isPermitted(Permission.TEAM_MANAGE) ? teams.findAll() : teams.findByIds(me.leadsTeams());
        return all.stream().map(Team::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Every field of a team the caller may define fields for, removed ones last. */
    @RequiresPermissions(Permission.FIELD_DEFINE)
    public List<CustomFieldView> ofTeam(String team) {
        Team t = definable(me(), team);
        return views(t);
    }

    /** Adds a field at the end of the team's active fields. */
    @RequiresPermissions(Permission.FIELD_DEFINE)
    public CustomFieldView define(DefineCustomField command) {
        Team team = definable(me(), command.team());
        Check check = Check.input().required("type", command.type(), "field.customField.type");
        CustomFieldType type = check.known("type", command.type(), CustomFieldType.class, "field.customField.type");
        check.orRefuse();
        List<CustomField> existing = fields.ofTeam(team.id());
        int position = (int) existing.stream().filter(f -> !f.isRetired()).count();
        CustomField field = described(() -> CustomField.define(team.id(), existing.stream().map(CustomField::key).toList(), command.label(), type,
                Boolean.TRUE.equals(command.required()), command.helpText(), command.choices(), position, clock.instant()));
        try {
            fields.save(field);
        } catch (UniqueKeyTaken taken) {
            throw new TakenMeanwhile("label", "input.customField.keyTaken");
        }
        audit.record(AuditAction.CUSTOM_FIELD_CHANGED, team.name(), "defined " + field.key() + " (" + type + ")");
        return view(field, team.name());
    }

    @RequiresPermissions(Permission.FIELD_DEFINE)
    public CustomFieldView revise(ReviseCustomField command) {
        Account me = me();
        CustomField field = definableField(me, command.fieldId());
        Team team = teams.findById(field.teamId()).orElseThrow(() -> new RecordNotFound("customField"));
        described(() -> {
            field.revise(command.label(), Boolean.TRUE.equals(command.required()), command.helpText(), command.choices());
            return field;
        });
        fields.save(field);
        audit.record(AuditAction.CUSTOM_FIELD_CHANGED, team.name(), "revised " + field.key());
        return view(field, team.name());
    }

    /** Moves an active field one place up ({@code by} -1) or down (+1) among the team's active fields; at an end it stays. */
    @RequiresPermissions(Permission.FIELD_DEFINE)
    public List<CustomFieldView> move(String fieldId, int by) {
        Account me = me();
        CustomField field = definableField(me, fieldId);
        Team team = teams.findById(field.teamId()).orElseThrow(() -> new RecordNotFound("customField"));
        List<CustomField> active = new ArrayList<>(fields.ofTeam(team.id()).stream().filter(f -> !f.isRetired()).toList());
        int from = active.indexOf(field);
        int to = from + Integer.signum(by);
        if (from >= 0 && to >= 0 && to < active.size()) {
            active.add(to, active.remove(from));
            for (int i = 0; i < active.size(); i++) {
                if (active.get(i).position() != i) {
                    active.get(i).moveTo(i);
                    fields.save(active.get(i));
                }
            }
            audit.record(AuditAction.CUSTOM_FIELD_CHANGED, team.name(), "moved " + field.key() + " to " + (to + 1));
        }
        return views(team);
    }

    /** Removes a field from the form; the answers reports already hold stay, shown under the field's label as removed. */
    @RequiresPermissions(Permission.FIELD_DEFINE)
    public CustomFieldView remove(String fieldId) {
        Account me = me();
        CustomField field = definableField(me, fieldId);
        Team team = teams.findById(field.teamId()).orElseThrow(() -> new RecordNotFound("customField"));
        field.retire(clock.instant());
        fields.save(field);
        audit.record(AuditAction.CUSTOM_FIELD_CHANGED, team.name(), "removed " + field.key());
        return view(field, team.name());
    }

    /** The active fields of a team the caller belongs to, in order, for the report form; none for any other team. */
    @RequiresPermissions(Permission.REPORT_SUBMIT)
    public List<CustomFieldView> toAnswer(String team) {
        Account me = me();
        if (team == null || team.isBlank()) {
            return List.of();
        }
        return teams.findByName(team.strip()).filter(t -> me.isMemberOf(t.id()))
                .map(t -> fields.ofTeam(t.id()).stream().filter(f -> !f.isRetired()).map(f -> view(f, t.name())).toList())
                .orElse(List.of());
    }

    /**
     * The choice and yes/no fields of the teams the caller leads, removed ones too (old reports hold their answers), by
     * team and then in order: what the team inbox can filter by.
     */
    @RequiresPermissions(Permission.REPORT_READ_TEAM)
    public List<CustomFieldView> toFilterBy() {
        Account me = me();
        return teams.findByIds(me.leadsTeams()).stream().sorted(java.util.Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER))
                .flatMap(t -> views(t).stream())
                .filter(f -> f.type().equals(CustomFieldType.CHOICE.name()) || f.type().equals(CustomFieldType.YES_NO.name()))
                .toList();
    }

    private List<CustomFieldView> views(Team team) {
        List<CustomField> all = fields.ofTeam(team.id());
        List<CustomFieldView> shown = new ArrayList<>();
        all.stream().filter(f -> !f.isRetired()).forEach(f -> shown.add(view(f, team.name())));
        all.stream().filter(CustomField::isRetired).forEach(f -> shown.add(view(f, team.name())));
        return shown;
    }

    static CustomFieldView view(CustomField f, String teamName) {
        return new CustomFieldView(f.id(), teamName, f.key(), f.label(), f.type().name(), f.required(), f.helpText(), f.choices(), f.isRetired(),
                f.version());
    }

    /** Runs a change that checks the field's wording; a refusal becomes a problem of the field it concerns. */
    private static CustomField described(Supplier<CustomField> change) {
        try {
            return change.get();
        } catch (TextRefused refused) {
            String code = refused.problem().code();
            String field = code.contains("hoice") ? "choices" : refused.problem().toString().contains("field.customField.help") ? "helpText" : "label";
            Check.input().problems(field, List.of(refused.problem())).orRefuse();
            throw refused;
        }
    }

    private Team definable(Account me, String name) {
        boolean admin = currentUser.isPermitted(Permission.TEAM_MANAGE);
        Optional<Team> team = name == null || name.isBlank() ? Optional.empty()
                : teams.findByName(name.strip()).filter(t -> admin || me.leads(t.id()));
        Check.input().that(team.isPresent(), "team", "input.team.notLed", name == null ? "" : name.strip()).orRefuse();
        return team.get();
    }

    private CustomField definableField(Account me, String fieldId) {
        boolean admin = currentUser.isPermitted(Permission.TEAM_MANAGE);
        if (!Ids.looksLikeId(fieldId)) {
            throw new RecordNotFound("customField");
        }
        return fields.findById(fieldId).filter(f -> admin || me.leads(f.teamId())).orElseThrow(() -> new RecordNotFound("customField"));
    }

    private Account me() {
        return actor.account(accounts);
    }
}
