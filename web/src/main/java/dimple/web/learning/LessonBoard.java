package dimple.web.learning;

import dimple.application.learning.BoardFilter;
import dimple.application.learning.BoardOptions;
import dimple.application.learning.BoardPage;
import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import dimple.application.shared.PageView;
import dimple.web.shared.PlainPages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The lessons board: cards, search, filters by tag, team, kind and date, newest or most endorsed first; twelve at a time.
 * The page holds no PrimeFaces component (ADR 38). Its address says what it shows (q, tag, team, kind, from, to, order,
 * exact, page): a search posts the form and is answered with a redirect to that address, and the pager and "search for
 * what I typed" are links, so every board can be shared, bookmarked, reloaded and gone back to.
 */
@Named
@ViewScoped
public class LessonBoard implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The cards of a page (lesson/board.xhtml). */
    static final int ROWS = 12;
    /** What the board shows first, and leaves out of its address. */
    static final String FIRST_ORDER = "NEWEST";
    /** The orders the board's menu offers. */
    private static final List<String> ORDERS = List.of(FIRST_ORDER, "MOST_ENDORSED");
    /** The board itself again, with its filters in the address. */
    static final String SHOW_FILTERS = "/lesson/board?faces-redirect=true&includeViewParams=true";
    /** The days an address may filter by, as the date fields take them. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    @Inject
    LessonService lessons;

    private String q;
    private String tag;
    private String team;
    private String kind;
    private LocalDate from;
    private LocalDate to;
    private String order = FIRST_ORDER;
    private BoardOptions options = new BoardOptions(List.of(), List.of(), List.of());
    private PlainPages<LessonCard> list;
    private boolean exact;
    private int pageAsked = 1;
    private String correctedQuery;
    private String typedQuery;

    @PostConstruct
    void init() {
        list = new PlainPages<>(ROWS, (page, size) -> fetch(page, size));
    }

    /** One page; a search whose typos were corrected leaves the correction and what was typed for the page to say. */
    private PageView<LessonCard> fetch(int page, int size) {
        BoardPage found = lessons.board(filter(), page, size);
        correctedQuery = found.correctedQuery();
        typedQuery = q;
        return found.asPageView();
    }

    /**
     * f:viewAction: the menus' options, and the page the address asks for, fetched here so that a filter the use case
     * refuses is refused as an action, in words at the top of the board (the fields are not built yet on a GET), with no lessons.
     */
    public void load() {
        options = lessons.options();
        // A hand-edited address may name a kind or an order the board does not have: left out, as a day it cannot read.
        if (kind != null && !options.kinds().contains(kind)) {
            kind = null;
        }
        if (!ORDERS.contains(order)) {
            order = FIRST_ORDER;
        }
        list.open(pageAsked);
        pageAsked = list.getPage();
    }

    /**
     * The board's address for the search text and filters as sent (first page; typos may be corrected). Nothing is
     * fetched here: the board that address opens fetches once, and refuses there what the use case refuses.
     */
    public String search() {
        exact = false;
        pageAsked = 1;
        return SHOW_FILTERS;
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

    public PlainPages<LessonCard> getList() {
        return list;
    }

    public BoardOptions getOptions() {
        return options;
    }

    /** The page in the address ({@code page=2}); none for the first. */
    public String getPage() {
        return pageAsked > 1 ? String.valueOf(pageAsked) : null;
    }

    /** A page asked for in the address, counted from 1; anything else opens the first. */
    public void setPage(String page) {
        try {
            pageAsked = page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            pageAsked = 1;
        }
    }

    /** {@code exact=true} in the address: the words exactly as typed, never corrected. */
    public String getExact() {
        return exact ? "true" : null;
    }

    public void setExact(String exact) {
        this.exact = "true".equals(exact);
    }

    /** The order in the address; none for newest first. */
    public String getOrderInAddress() {
        return FIRST_ORDER.equals(order) ? null : order;
    }

    public void setOrderInAddress(String order) {
        this.order = order == null || order.isBlank() ? FIRST_ORDER : order;
    }

    /** A day in the address as {@code 2026-12-05}. */
    public String getFromInAddress() {
        return from == null ? null : from.toString();
    }

    /** A day in the address: one not understood or outside the years the date fields take is left out, as a hand-edited link may have it. */
    public void setFromInAddress(String day) {
        from = day(day);
    }

    public String getToInAddress() {
        return to == null ? null : to.toString();
    }

    public void setToInAddress(String day) {
        to = day(day);
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return day.isBefore(EARLIEST) || day.isAfter(LATEST) ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
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
