package dimple.infrastructure.learning;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonBoard;
import dimple.domain.learning.LessonQuery;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Kept;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The board's reads in SQL that follows the indexes of V5: a page in published or endorsed order reads
 * one page of index entries, never all rows. The list of tags in use and the number of current lessons
 * are kept for a minute and worked out again off the request thread.
 */
@ApplicationScoped
public class JpaLessonBoard implements LessonBoard {
    private static final Duration KEPT = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    /** Where kept values are worked out again, off the request that finds them out of date. */
    @Resource
    ManagedExecutorService refresher;

    private final Kept<List<String>> tags = new Kept<>(KEPT, () -> refresher);
    private final Kept<Long> current = new Kept<>(KEPT, () -> refresher);

    public JpaLessonBoard() {
    }

    public JpaLessonBoard(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<Lesson> page(LessonQuery query, PageRequest page) {
        LessonSql sql = new LessonSql();
        String where = sql.where(query);
        boolean teamNewest = query.order() == LessonQuery.Order.NEWEST && onlyTeam(query);
        String order = query.order() == LessonQuery.Order.MOST_ENDORSED
                ? " order by l.endorsement_count desc, l.published_at desc, l.id"
                : teamNewest ? " order by l.team_id, l.published_at desc, l.id" : " order by l.published_at desc, l.id";
        long total = query.filtersNothing() ? currentLessons() : sql.count(em, "select count(*) from lesson l" + where);
        if (total == 0 || page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        String limit = " limit " + sql.bind(page.size()) + " offset " + sql.bind(page.offset());
        String from = teamNewest ? " from lesson l" + TEAM_NEWEST_HINT : " from lesson l";
        List<String> ids = sql.ids(em, "select l.id" + from + where + order + limit);
        return Page.of(LessonSql.load(em, ids), page, total);
    }

    /**
     * H2 picks the team's foreign-key index for one team's board and then sorts all of the team's lessons
     * (50 056 rows read for a page of 12 with 100 000 lessons); told to use {@code lesson_team_newest}
     * (V7), and with the order starting at the team, it reads the 12 rows of the page. {@code USE INDEX} is
     * H2's syntax: an adapter for another database leaves it out.
     */
    private static final String TEAM_NEWEST_HINT = " use index (lesson_team_newest)";

    /**
     * True for one team's board and nothing else filtered: ordered by the team (fixed by the filter) first,
     * so that H2 can walk {@code lesson_team_newest} in page order.
     */
    private static boolean onlyTeam(LessonQuery query) {
        return query.teamId() != null && query.tag() == null && query.kind() == null && query.from() == null && query.to() == null;
    }

    /**
     * The number of current lessons, counted at most once a minute: counting means reading every row,
     * and the unfiltered board (the page everyone opens) would pay it on every view.
     */
    private long currentLessons() {
        // Its own statement: the refresh may run on another thread while this request goes on.
        return current.get(() -> new LessonSql().count(em, "select count(*) from lesson l where " + LessonSql.CURRENT));
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
                + " order by l.published_at desc, l.id limit 1";
        return LessonSql.load(em, sql.ids(em, q)).stream().findFirst();
    }

    @Override
    public Optional<Lesson> oldestUnendorsed(Instant before) {
        LessonSql sql = new LessonSql();
        String q = "select l.id from lesson l where " + LessonSql.CURRENT + " and l.endorsement_count = 0"
                + " and l.published_at < " + sql.bind(before.atOffset(ZoneOffset.UTC)) + " order by l.published_at, l.id limit 1";
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
                    + LessonSql.CURRENT + " group by t.tag order by uses desc, t.tag limit " + sql.bind(100)));
        }).stream().limit(max).toList();
    }
}
