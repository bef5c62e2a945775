package dimple.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.application.shared.English;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.TakenMeanwhile;
import dimple.domain.audit.AuditEntry;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamServiceTest {
    private final InMemoryDimple dimple = new InMemoryDimple();
    private final TeamService service = dimple.teamService;

    TeamServiceTest() {
        dimple.signInAsAdmin("ada");
    }

    @Test
    void create_foundsTheTeamWithTrimmedNameAndAuditsIt() {
        TeamView view = service.create(new CreateTeam("  Front Desk "));

        assertThat(view.name()).isEqualTo("Front Desk");
        assertThat(view.members()).isZero();
        assertThat(view.leaders()).isZero();
        assertThat(dimple.teams.named("Front Desk").id()).isEqualTo(view.id());
        AuditEntry entry = dimple.auditEntries.last();
        assertThat(entry.action()).isEqualTo(AuditAction.TEAM_CREATED);
        assertThat(entry.actor()).isEqualTo("ada");
        assertThat(entry.target()).isEqualTo("Front Desk");
    }

    @Test
    void create_nameOfAnExistingTeamInAnotherCase_isRefusedOnName() {
        service.create(new CreateTeam("Front Desk"));

        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> service.create(new CreateTeam(" FRONT desk ")));

        assertThat(English.said(refused.problems())).containsExactly(English.said("name", "A team with this name exists already."));
        assertThat(dimple.teams.findAll()).hasSize(1);
    }

    @Test
    void create_sameNameFoundedByAnotherRequestAfterTheCheck_isRefusedNamingTheField() {
        dimple.teams.beforeNextSave(() -> dimple.teams.save(Team.found("Front Desk", InMemoryDimple.START)));

        TakenMeanwhile refused = catchThrowableOfType(TakenMeanwhile.class, () -> service.create(new CreateTeam("Front Desk")));

        assertThat(English.said(List.of(refused.problem()))).containsExactly(English.said("name", "A team with this name exists already."));
        assertThat(dimple.teams.findAll()).hasSize(1);
    }

    @Test
    void create_withoutName_isRefusedOnName() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> service.create(new CreateTeam("   ")));

        assertThat(English.said(refused.problems())).containsExactly(English.said("name", "Team name is required."));
        assertThat(dimple.auditEntries.all()).isEmpty();
    }

    @Test
    void create_nameOverEightyCharacters_isRefusedOnName() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> service.create(new CreateTeam("x".repeat(81))));

        assertThat(English.said(refused.problems())).containsExactly(English.said("name", "Team name has at most 80 characters; this is 81. Nothing was cut: shorten it to send it."));
    }

    @Test
    void rename_givesTheTeamItsNewNameAndAuditsBeforeAndAfter() {
        TeamView created = service.create(new CreateTeam("Front Desk"));

        TeamView renamed = service.rename(new RenameTeam(created.id(), "Reception"));

        assertThat(renamed.id()).isEqualTo(created.id());
        assertThat(renamed.name()).isEqualTo("Reception");
        assertThat(dimple.teams.findById(created.id())).get().extracting(Team::name).isEqualTo("Reception");
        AuditEntry entry = dimple.auditEntries.last();
        assertThat(entry.action()).isEqualTo(AuditAction.TEAM_RENAMED);
        assertThat(entry.detail()).isEqualTo("Front Desk -> Reception");
    }

    @Test
    void rename_toItsOwnNameInAnotherCase_isAllowed() {
        TeamView created = service.create(new CreateTeam("Front desk"));

        assertThat(service.rename(new RenameTeam(created.id(), "Front Desk")).name()).isEqualTo("Front Desk");
        assertThat(service.rename(new RenameTeam(created.id(), "Front Desk")).name()).isEqualTo("Front Desk");
    }

    @Test
    void rename_toTheNameOfAnotherTeam_isRefusedOnName() {
        service.create(new CreateTeam("Front Desk"));
        TeamView online = service.create(new CreateTeam("Online Orders"));

        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> service.rename(new RenameTeam(online.id(), "front desk")));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("name");
        assertThat(dimple.teams.findById(online.id())).get().extracting(Team::name).isEqualTo("Online Orders");
    }

    @Test
    void rename_unknownOrMalformedId_isNotFound() {
        assertThatThrownBy(() -> service.rename(new RenameTeam("5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c11", "X"))).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> service.rename(new RenameTeam("' or 1=1 --", "X"))).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> service.rename(new RenameTeam(null, "X"))).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void list_sortsByNameIgnoringCaseAndCountsMembersAndLeaders() {
        Team online = dimple.givenTeam("online Orders");
        Team front = dimple.givenTeam("Front Desk");
        dimple.givenTeam("back office");
        dimple.givenAccount("emma", "lantern drift quietly", Role.EMPLOYEE).assignTeams(java.util.List.of(front.id()), null);
        dimple.givenLeader("lena", "lantern drift quietly", front);
        dimple.givenLeader("leo", "lantern drift quietly", online);

        assertThat(service.list()).containsExactly(
                new TeamView(dimple.teams.named("back office").id(), "back office", 0, 0),
                new TeamView(front.id(), "Front Desk", 2, 1),
                new TeamView(online.id(), "online Orders", 1, 1));
    }
}
