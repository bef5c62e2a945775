package dimple.infrastructure.learning;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonBoard;
import dimple.domain.learning.LessonQuery;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Kept;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The board's reads in standard SQL over the lesson table and its indexes (V5): a page reads the ids
 * of one page in the board's order, then loads those lessons. The list of tags in use is kept for a
 * minute and worked out again off the request thread; the number of current lessons is kept for a few
 * seconds ({@link #COUNT_KEPT}) and forgotten as soon as a change to a lesson commits here
 * ({@link #lessonsChanged}), so it is exact on this instance and at most a few seconds behind another's.
 * A kept number never hides lessons: a page is always read, and what it finds corrects the total (a
 * page that reaches the end gives the exact total; one with more after it, at least that many).
 *
 * <p>The portable board: a database that needs its own statements for the same reads overrides
 * {@link #from} and {@link #orderBy} in its vendor package, and {@link LearningAdapters} chooses.
 */
public class JpaLessonBoard implements LessonBoard {
    private static final Duration KEPT = Duration.ofMinutes(1);
    /** How long the number of current lessons is kept when nothing changes here (changes on another instance). */
    static final Duration COUNT_KEPT = Duration.ofSeconds(5);

    private final EntityManager em;
    private final Kept<List<String>> tags;
    private final Kept<Long> current;

    /** A board whose kept values are worked out again by the caller that finds them out of date. */
    public JpaLessonBoard(EntityManager em) {
        this(em, () -> null);
    }

    /** A board whose kept values are worked out again by the executor the supplier gives (null: by the caller). */
    public JpaLessonBoard(EntityManager em, Supplier<? extends Executor> refresher) {
        this.em = em;
        this.tags = new Kept<>(KEPT, refresher);
        this.current = new Kept<>(COUNT_KEPT, refresher);
    }

    @Override
    public Page<Lesson> page(LessonQuery query, PageRequest page) {
        LessonSql sql = new LessonSql();
        String where = sql.where(query);
        long counted = query.filtersNothing() ? currentLessons() : sql.count(em, "select count(*) from lesson l" + where);
        // One row more than the page: whether any come after it.
        List<String> ids = sql.ids(em, "select l.id" + from(query) + where + orderBy(query) + sql.rows(page.offset(), page.size() + 1));
        long total = totalSeen(counted, page, ids.size());
        return Page.of(LessonSql.load(em, ids.subList(0, Math.min(ids.size(), page.size()))), page, total);
    }

    /**
     * The total as the rows read for a page show it ({@code read}: up to one more than the page): a page
     * that reaches the end tells the exact number, one with rows after it at least its end plus one, and
     * an empty page past the end at most its offset. In between, the counted number stands.
     */
    static long totalSeen(long counted, PageRequest page, int read) {
        if (read > page.size()) {
            return Math.max(counted, page.offset() + page.size() + 1L);
        }
        if (read > 0 || page.offset() == 0) {
            return page.offset() + (long) read;
        }
        return Math.min(counted, page.offset());
    }

    /** A change to lessons committed here: the number of current lessons is counted again by the next page. */
    public void lessonsChanged() {
        current.forget();
    }

    /** The {@code from} of a page of the board: the lessons, alias {@code l}. */
    protected String from(LessonQuery query) {
        return " from lesson l";
    }

    /** The board's order for the query: most endorsed or newest first, then by id, so that pages never overlap. */
    protected String orderBy(LessonQuery query) {
        return query.order() == LessonQuery.Order.MOST_ENDORSED
                ? " order by l.endorsement_count desc, l.published_at desc, l.id"
                : " order by l.published_at desc, l.id";
    }

    /**
     * The number of current lessons, counted again after {@link #COUNT_KEPT} or a change here: the
     * unfiltered board is the page everyone opens, and on PostgreSQL counting reads the whole table. The
     * refresh runs off the request thread; only the first page after a change waits for it.
     */
    private long currentLessons() {
        // Its own statement: the refresh may run on another thread while this request goes on.
        // All lessons less the retired ones: a count of the whole table is quick (H2 keeps it), and the
        // retired ones are few and read from the status index, where counting the current ones reads every row.
        return current.get(() -> new LessonSql().count(em, "select count(*) from lesson l")
                - new LessonSql().count(em, "select count(*) from lesson l where " + LessonSql.RETIRED));
    }

    @Override
    public List<Lesson> findByIds(Collection<String> ids) {
        return LessonSql.load(em, new ArrayList<>(ids));
    }

    @Override
    public Optional<Lesson> publishedOnThisDay(int month, int day, Instant before) {
        LessonSql sql = new LessonSql();
        String q = "select l.id from lesson l where " + LessonSql.CURRENT
                + " and extract(month from l.published_at) = " + sql.bind(month)
                + " and extract(day from l.published_at) = " + sql.bind(day)
                + " and l.published_at < " + sql.bind(before.atOffset(ZoneOffset.UTC))
                + " order by l.published_at desc, l.id" + sql.first(1);
        return LessonSql.load(em, sql.ids(em, q)).stream().findFirst();
    }

    @Override
    public Optional<Lesson> oldestUnendorsed(Instant before) {
        LessonSql sql = new LessonSql();
        String q = "select l.id from lesson l where " + LessonSql.CURRENT + " and l.endorsement_count = 0"
                + " and l.published_at < " + sql.bind(before.atOffset(ZoneOffset.UTC)) + " order by l.published_at, l.id" + sql.first(1);
        return LessonSql.load(em, sql.ids(em, q)).stream().findFirst();
    }

    @Override
    public List<Lesson> withAction(String actionId) {
        LessonSql sql = new LessonSql();
        return LessonSql.load(em, sql.ids(em, "select a.lesson_id from lesson_action a where a.action_id = " + sql.bind(actionId)));
    }

    @Override
    public List<String> tags(int max) {
        return tags.get(() -> {
            LessonSql sql = new LessonSql();
            return List.copyOf(sql.ids(em, "select t.tag, count(*) as uses from lesson_tag t join lesson l on l.id = t.lesson_id where "
                    + LessonSql.CURRENT + " group by t.tag order by uses desc, t.tag" + sql.first(100)));
        }).stream().limit(max).toList();
    }
}
