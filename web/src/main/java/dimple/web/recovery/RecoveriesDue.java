package dimple.web.recovery;

import dimple.application.recovery.RecoveryService;
import dimple.application.reporting.RecoveryView;
import dimple.web.shared.Messages;
import dimple.web.shared.Navigation;
import dimple.web.shared.PagedTable;
import dimple.web.shared.Words;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/**
 * Recoveries that need attention, the most urgent first: overdue ones marked as such, then those due within 48 hours.
 * With {@code ?due=open} the same page is the view "All open cases": every case not yet followed up or closed.
 */
@Named
@ViewScoped
public class RecoveriesDue implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (recovery/due.xhtml). */
    static final int ROWS = 20;

    @Inject
    RecoveryService recoveries;
    @Inject
    Navigation navigation;

    private String due = RecoveryService.ALL;
    private String team;
    private PagedTable<RecoveryView> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> recoveries.due(due, team, page, size));
    }

    /**
     * f:viewAction: an address typed or kept from an older version may name a filter or team that does not
     * exist; the page then shows what it shows by default and says why, instead of refusing to draw.
     */
    public void check() {
        if (!Set.of(RecoveryService.ALL, RecoveryService.OVERDUE, RecoveryService.SOON, RecoveryService.OPEN).contains(due)) {
            due = RecoveryService.ALL;
        }
        if (team != null && !navigation.getMe().teams().contains(team) && !navigation.getMe().leads().contains(team)) {
            Messages.note(Words.text(Words.current(), "done.notInTeam", team));
            team = null;
        }
    }

    /** The view "All open cases" rather than what is due. */
    public boolean isAllOpen() {
        return RecoveryService.OPEN.equals(due);
    }

    /** Shows the chosen filter at its own address, so the view can be bookmarked and its title follows it. */
    public String search() {
        list.refresh();
        return "/recovery/due?faces-redirect=true&includeViewParams=true";
    }

    public PagedTable<RecoveryView> getList() {
        return list;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
