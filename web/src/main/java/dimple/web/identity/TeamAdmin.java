package dimple.web.identity;

import dimple.application.identity.CreateTeam;
import dimple.application.identity.RenameTeam;
import dimple.application.identity.TeamService;
import dimple.application.identity.TeamView;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Teams for administrators: found a team, rename one. */
@Named
@ViewScoped
public class TeamAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TeamService teams;

    private List<TeamView> list = List.of();
    private String newName;
    private final Map<String, String> renames = new HashMap<>();

    /** f:viewAction: only administrators get the list (others the 403 page, through the refusal handler). */
    public void load() {
        list = teams.list();
        renames.clear();
        list.forEach(t -> renames.put(t.id(), t.name()));
    }

    public String create() {
        TeamView team = teams.create(new CreateTeam(newName));
        Messages.done(Words.text(Words.current(), "done.teamFounded", team.name()));
        return "/admin/teams?faces-redirect=true";
    }

    public String rename(String teamId) {
        TeamView team = teams.rename(new RenameTeam(teamId, renames.get(teamId)));
        Messages.done(Words.text(Words.current(), "done.teamRenamed", team.name()));
        return "/admin/teams?faces-redirect=true";
    }

    public List<TeamView> getList() {
        return list;
    }

    public Map<String, String> getRenames() {
        return renames;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
