package dimple.web.recovery;

import dimple.application.recovery.RecoveryService;
import dimple.application.reporting.RecoveryView;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Recoveries that need attention, the most urgent first: overdue ones marked as such, then those due within 48 hours. */
@Named
@ViewScoped
public class RecoveriesDue implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (recovery/due.xhtml). */
    static final int ROWS = 20;

    @Inject
    RecoveryService recoveries;

    private String due = RecoveryService.ALL;
    private String team;
    private PagedTable<RecoveryView> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> recoveries.due(due, team, page, size));
    }

    public void search() {
        list.refresh();
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
