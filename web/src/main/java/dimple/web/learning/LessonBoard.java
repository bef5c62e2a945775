package dimple.web.learning;

import dimple.application.learning.BoardFilter;
import dimple.application.learning.BoardOptions;
import dimple.application.learning.BoardPage;
import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import dimple.application.shared.PageView;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The lessons board: cards, search, filters by tag, team, kind and date, newest or most endorsed first; one page at a time. */
@Named
@ViewScoped
public class LessonBoard implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (lesson/board.xhtml). */
    static final int ROWS = 12;

    @Inject
    LessonService lessons;

    private String q;
    private String tag;
    private String team;
    private String kind;
    private LocalDate from;
    private LocalDate to;
    private String order = "NEWEST";
    private BoardOptions options = new BoardOptions(List.of(), List.of(), List.of());
    private PagedTable<LessonCard> list;
    private boolean exact;
    private String correctedQuery;
    private String typedQuery;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> fetch(page, size));
    }

    /** One page; a search whose typos were corrected leaves the correction and what was typed for the page to say. */
    private PageView<LessonCard> fetch(int page, int size) {
        BoardPage found = lessons.board(filter(), page, size);
        correctedQuery = found.correctedQuery();
        typedQuery = q;
        return found.asPageView();
    }

    /** f:viewAction */
    public void load() {
        options = lessons.options();
    }

    /** Applies the search text and filters; the list fetches its first page when it is drawn again. */
    public void search() {
        exact = false;
        list.refresh();
    }

    /** "Search for … instead": the words as they were typed, not corrected. */
    public void searchExactly() {
        q = typedQuery;
        exact = true;
        list.refresh();
    }

    public void clear() {
        q = null;
        tag = null;
        team = null;
        kind = null;
        from = null;
        to = null;
        order = "NEWEST";
        exact = false;
        list.refresh();
    }

    private BoardFilter filter() {
        return new BoardFilter(q, tag, team, kind, from, to, order, exact);
    }

    /** The search text the lessons on show were found with, when it is not what was typed (typos corrected); else null. */
    public String getCorrectedQuery() {
        return correctedQuery;
    }

    /** The search text as typed, for the lessons on show. */
    public String getTypedQuery() {
        return typedQuery;
    }

    public boolean isSearching() {
        return q != null && !q.isBlank();
    }

    public PagedTable<LessonCard> getList() {
        return list;
    }

    public BoardOptions getOptions() {
        return options;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
