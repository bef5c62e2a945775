package dimple.application.identity;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.shared.Check;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.application.shared.TakenMeanwhile;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.shared.Ids;
import dimple.domain.shared.UniqueKeyTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Teams: administrators list, found and rename them. How many people a team has is for administrators
 * only: a small team makes a confidential reporter easy to guess.
 */
@ApplicationScoped
@Transactional
public class TeamService {
    private TeamRepository teams;
    private AccountRepository accounts;
    private AuditTrail audit;
    private Clock clock;

    protected TeamService() {
    }

    @Inject
    public TeamService(TeamRepository teams, AccountRepository accounts, AuditTrail audit, Clock clock) {
        this.teams = teams;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The teams with their sizes; the teams page loads with this, so only administrators get the page. */
    @RequiresPermissions(Permission.TEAM_MANAGE)
    public List<TeamView> list() {
        return teams.findAll().stream()
                .sorted(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER))
                .map(t -> new TeamView(t.id(), t.name(), accounts.countMembers(t.id()), accounts.countLeaders(t.id())))
                .toList();
    }

    /** Founds a team; a name founded by someone else at the same moment is refused naming the field (409). */
    @RequiresPermissions(Permission.TEAM_MANAGE)
    public TeamView create(CreateTeam command) {
        String name = checkedName(command.name(), null);
        Team team = Team.found(name, clock.instant());
        try {
            teams.save(team);
        } catch (UniqueKeyTaken taken) {
            throw new TakenMeanwhile("name", "input.team.nameTaken");
        }
        audit.record(AuditAction.TEAM_CREATED, team.name(), null);
        return new TeamView(team.id(), team.name(), 0, 0);
    }

    @RequiresPermissions(Permission.TEAM_MANAGE)
    public TeamView rename(RenameTeam command) {
        if (!Ids.looksLikeId(command.teamId())) {
            throw new RecordNotFound("team");
        }
        Team team = teams.findById(command.teamId()).orElseThrow(() -> new RecordNotFound("team"));
        String before = team.name();
        String name = checkedName(command.name(), team.id());
        team.rename(name);
        teams.save(team);
        audit.record(AuditAction.TEAM_RENAMED, team.name(), before + " -> " + team.name());
        return new TeamView(team.id(), team.name(), accounts.countMembers(team.id()), accounts.countLeaders(team.id()));
    }

    /** The names of the teams an administrator assigns accounts to; the account page loads with this, so only they get it. */
    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public List<String> namesToAssign() {
        return teams.findAll().stream().map(Team::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private String checkedName(String name, String ownId) {
        Check.input()
                .required("name", name, "field.teamName")
                .maxLength("name", name == null ? null : name.strip(), Team.MAX_NAME_LENGTH, "field.teamName")
                .orRefuse();
        String stripped = name.strip();
        Check.input()
                .that(teams.findByName(stripped).filter(t -> !t.id().equals(ownId)).isEmpty(), "name", "input.team.nameTaken")
                .orRefuse();
        return stripped;
    }
}
