package dimple.web.coaching;

import dimple.application.shared.PageView;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table over a paged use case whose every call is audited: each page shown is fetched exactly
 * once (the count is taken from the page itself), so the audit trail holds one line per page read.
 */
public class AuditedPages<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;
    private final transient BiFunction<Integer, Integer, PageView<T>> fetch;
    private final int firstPageSize;
    private transient PageView<T> fetched;
    private long total = -1;

    /** @param fetch page number and page size to one page; @param firstPageSize the table's rows */
    public AuditedPages(BiFunction<Integer, Integer, PageView<T>> fetch, int firstPageSize) {
        this.fetch = fetch;
        this.firstPageSize = firstPageSize;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total < 0) {
            fetched = fetch.apply(0, firstPageSize);
            total = fetched.total();
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, 100));
        PageView<T> page = fetched != null && fetched.page() == first / size && fetched.size() == size ? fetched : fetch.apply(first / size, size);
        fetched = null;
        total = page.total();
        setRowCount((int) Math.min(Integer.MAX_VALUE, total));
        return page.items();
    }

    /** Forget the total, after the filter changed. */
    public void refresh() {
        total = -1;
        fetched = null;
    }
}
