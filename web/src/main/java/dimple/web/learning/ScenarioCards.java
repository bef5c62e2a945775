package dimple.web.learning;

import dimple.application.learning.ScenarioService;
import dimple.application.learning.ScenarioView;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** All scenario cards, newest first, for picking one for a team's training hour. */
@Named
@ViewScoped
public class ScenarioCards implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (scenario/list.xhtml). */
    static final int ROWS = 20;

    @Inject
    ScenarioService scenarios;

    private PagedTable<ScenarioView> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> scenarios.all(page, size));
    }

    public PagedTable<ScenarioView> getList() {
        return list;
    }
}
