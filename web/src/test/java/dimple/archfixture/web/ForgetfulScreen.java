package dimple.archfixture.web;

import dimple.application.learning.ScenarioService;
import dimple.application.learning.ScenarioView;
import dimple.application.shared.PageView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Deliberately broken, only for SessionFailoverTest: a screen whose list keeps its fetch in a transient
 * field (gone after a move to another node) and runs the use case once just to count before fetching the
 * page (the shape of the old PagedList).
 */
@Named
@ViewScoped
public class ForgetfulScreen implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ScenarioService scenarios;

    private OldList<ScenarioView> list;

    @PostConstruct
    void init() {
        list = new OldList<>((page, size) -> scenarios.all(page, size));
    }

    public OldList<ScenarioView> getList() {
        return list;
    }

    /** A lazy list with a transient fetch and a count of its own. */
    public static class OldList<T> extends LazyDataModel<T> {
        private static final long serialVersionUID = 1L;
        private final transient BiFunction<Integer, Integer, PageView<T>> fetch;
        private long total = -1;

        OldList(BiFunction<Integer, Integer, PageView<T>> fetch) {
            this.fetch = fetch;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total < 0) {
                total = fetch.apply(0, 1).total();
            }
            return (int) total;
        }

        @Override
        public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            PageView<T> page = fetch.apply(first / pageSize, pageSize);
            total = page.total();
            return page.items();
        }
    }
}
