package dimple.web.shared;

import dimple.application.shared.PageView;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A PrimeFaces lazy table over a paged use case: only the visible page is ever fetched. */
public class PagedList<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;
    private final transient BiFunction<Integer, Integer, PageView<T>> fetch;
    private long lastTotal = -1;

    /** @param fetch page number and page size to one page of the list */
    public PagedList(BiFunction<Integer, Integer, PageView<T>> fetch) {
        this.fetch = fetch;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (lastTotal < 0) {
            lastTotal = fetch.apply(0, 1).total();
        }
        return (int) Math.min(Integer.MAX_VALUE, lastTotal);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, 100));
        PageView<T> page = fetch.apply(first / size, size);
        lastTotal = page.total();
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    /** Forget the remembered total, e.g. after the filter changed. */
    public void refresh() {
        lastTotal = -1;
    }
}
