package dimple.web.shared;

import dimple.application.shared.PageView;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A paged list for a table drawn in plain markup, without PrimeFaces' table and its scripts (ADR 38): the page on
 * show, "previous" and "next", and the rows of that page, fetched at most once per request and again in the next
 * one, so a postback never shows what another person already changed. Serialisable, like the view it belongs to: a
 * session that moves to another node keeps its place; the rows themselves are fetched again there.
 */
public class PlainPages<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MOST_ROWS = 100;

    /** Which request is being answered, and whether its input was refused: Faces' own in the app, a stand-in in tests. */
    interface Requests extends Serializable {
        Object current();

        boolean refused();
    }

    /**
     * The request Faces is answering on this thread; none where no Faces implementation is loaded (a screen used in a
     * plain unit test, as SessionFailoverTest and LessonBoardTest use the board, which fetches in its view action).
     */
    private static final class FacesRequests implements Requests {
        private static final long serialVersionUID = 1L;

        @Override
        public Object current() {
            return faces();
        }

        @Override
        public boolean refused() {
            FacesContext context = faces();
            return context != null && context.isValidationFailed();
        }

        private static FacesContext faces() {
            try {
                return FacesContext.getCurrentInstance();
            } catch (LinkageError noFacesImplementation) {
                return null;
            }
        }
    }

    private final PageSource<T> source;
    private final Requests requests;
    private final int size;
    private int page;
    private transient PageView<T> shown;
    private transient Object shownIn;

    public PlainPages(int rows, PageSource<T> source) {
        this(rows, source, new FacesRequests());
    }

    PlainPages(int rows, PageSource<T> source, Requests requests) {
        this.source = Objects.requireNonNull(source, "source");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.size = Math.max(1, Math.min(rows, MOST_ROWS));
    }

    private PageView<T> shown() {
        Object request = requests.current();
        if (shown == null && requests.refused()) {
            return new PageView<>(List.of(), page, size, 0); // the filter was refused: its messages, and no rows
        }
        if (shown == null || shownIn != request) {
            shown = source.page(page, size);
            shownIn = request;
            if (page > 0 && shown.items().isEmpty() && shown.total() > 0) {
                // Fewer rows than before (a filter, another person's triage): the last page that has any.
                page = (int) Math.min(Integer.MAX_VALUE, (shown.total() - 1) / size);
                shown = source.page(page, size);
            }
        }
        return shown;
    }

    public List<T> getRows() {
        return shown().items();
    }

    public long getTotal() {
        return shown().total();
    }

    /** The page on show, counted from 1 as people count. */
    public int getPage() {
        return page + 1;
    }

    public int getPages() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (getTotal() + size - 1) / size));
    }

    public boolean isFirst() {
        return page == 0;
    }

    public boolean isLast() {
        return getPage() >= getPages();
    }

    public void next() {
        if (!isLast()) {
            page++;
            shown = null;
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            shown = null;
        }
    }

    /**
     * This page (counted from 1, as {@link #getPage}), fetched now: a page an address asks for. One past the last shows
     * the last that has rows; a filter the use case refuses is refused here, as in {@link #refresh}.
     */
    public void open(int shownPage) {
        page = Math.max(0, shownPage - 1);
        shown = null;
        shown();
    }

    /**
     * Back to the first page, fetched now: the filter changed, and a filter the use case refuses is refused in the
     * action, where its messages can still be shown beside the fields.
     */
    public void refresh() {
        page = 0;
        shown = null;
        shown();
    }
}
