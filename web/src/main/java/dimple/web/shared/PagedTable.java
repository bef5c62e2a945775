package dimple.web.shared;

import dimple.application.shared.PageView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table over a paged use case: every page shown is fetched exactly once, and the total
 * comes with it. A table asks for {@link #count} before each {@link #load}; when the total is not known
 * yet (the first drawing, or after {@link #refresh}) the count fetches the page the table is about to show
 * and keeps it for the load that follows, so no use case ever runs just to count. That matters twice: a
 * board search ranks once, and a use case that audits its reads (the coaching lists) writes one audit line
 * per page someone saw.
 *
 * <p>Everything it holds is serialisable: the {@link PageSource} (with the bean it belongs to), where the
 * table stands, and the rows on show. A session that moves to another node keeps its tables working.
 */
public class PagedTable<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 2L;
    private static final int MOST_ROWS = 100;

    private final PageSource<T> source;
    private long total = -1;
    private int shownPage;
    private int shownSize;
    private PageView<T> fetchedForCount;

    /**
     * @param rows   the rows the table shows (its {@code rows} attribute): the size of the page fetched
     *               for the first drawing, before the table has said which page it shows
     * @param source one page of the list
     */
    public PagedTable(int rows, PageSource<T> source) {
        this.source = Objects.requireNonNull(source, "source");
        this.shownSize = size(rows);
        setPageSize(shownSize);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total < 0) {
            fetchedForCount = source.page(shownPage, shownSize);
            total = fetchedForCount.total();
        }
        return clamp(total);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = size(pageSize);
        int page = Math.max(0, first) / size;
        PageView<T> fetched = fetchedForCount != null && page == shownPage && size == shownSize ? fetchedForCount : source.page(page, size);
        fetchedForCount = null;
        shownPage = page;
        shownSize = size;
        total = fetched.total();
        setRowCount(clamp(total));
        return fetched.items();
    }

    /** Forget the total, e.g. after the filter changed: the next drawing fetches the page on show again, once. */
    public void refresh() {
        total = -1;
        fetchedForCount = null;
    }

    private static int size(int rows) {
        return Math.max(1, Math.min(rows, MOST_ROWS));
    }

    private static int clamp(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
