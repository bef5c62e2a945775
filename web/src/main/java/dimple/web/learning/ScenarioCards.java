package dimple.web.learning;

import dimple.application.learning.ScenarioService;
import dimple.application.learning.ScenarioView;
import dimple.web.shared.PagedList;
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

    @Inject
    ScenarioService scenarios;

    private PagedList<ScenarioView> list;

    @PostConstruct
    void init() {
        list = new PagedList<>((page, size) -> scenarios.all(page, size));
    }

    public PagedList<ScenarioView> getList() {
        return list;
    }
}
