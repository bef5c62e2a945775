package dimple.web.review;

import dimple.application.review.ActionView;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** "Team actions" for leaders: the action items of the teams they lead (or one of them), open ones first with the overdue leading. */
@Named
@ViewScoped
public class TeamActions extends ActionBoard {
    private static final long serialVersionUID = 1L;

    private String team;
    private PagedTable<ActionView> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> actions.team(team, page, size));
    }

    public void search() {
        list.refresh();
    }

    @Override
    public PagedTable<ActionView> getList() {
        return list;
    }

    @Override
    protected String again() {
        return "/action/team?faces-redirect=true";
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
