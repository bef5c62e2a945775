package dimple.infrastructure.learning;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonQuery;
import dimple.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Native SQL pieces the learning adapters share, in standard SQL that every supported database
 * understands: the filter of current lessons, paging, bound parameters only (no input ever becomes
 * SQL text), and loading one page of lessons by id in order. What only one database understands
 * belongs in its vendor package (docs/adr/0018), which may use these pieces too.
 */
public final class LessonSql {
    /**
     * Current lessons (published or implemented), named as those not retired: a database can then
     * read the board's ordered indexes and stop after the page, instead of gathering every current
     * lesson by status and sorting them.
     */
    public static final String CURRENT = "l.status not in ('ARCHIVED', 'SUPERSEDED')";

    /** Retired lessons: all the others. */
    public static final String RETIRED = "l.status in ('ARCHIVED', 'SUPERSEDED')";

    private final List<Object> parameters = new ArrayList<>();

    public LessonSql() {
    }

    /** A placeholder for the value, bound when the query is made. */
    public String bind(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    /** The rows of one page, after the query's {@code order by}. */
    public String page(PageRequest page) {
        return " offset " + bind(page.offset()) + " rows fetch next " + bind(page.size()) + " rows only";
    }

    /** {@code count} rows from {@code offset} on, after the query's {@code order by}. */
    public String rows(long offset, int count) {
        return " offset " + bind(offset) + " rows fetch next " + bind(count) + " rows only";
    }

    /** The first rows, after the query's {@code order by}. */
    public String first(int rows) {
        return " fetch first " + bind(rows) + " rows only";
    }

    /** The conditions of the query on lesson alias {@code l}, current lessons only. */
    public String where(LessonQuery q) {
        List<String> conditions = new ArrayList<>();
        conditions.add(CURRENT);
        if (q.teamId() != null) {
            conditions.add("l.team_id = " + bind(q.teamId()));
        }
        if (q.kind() != null) {
            conditions.add("l.kind = " + bind(q.kind().name()));
        }
        if (q.from() != null) {
            conditions.add("l.published_at >= " + bind(q.from().atOffset(ZoneOffset.UTC)));
        }
        if (q.to() != null) {
            conditions.add("l.published_at < " + bind(q.to().atOffset(ZoneOffset.UTC)));
        }
        if (q.tag() != null) {
            conditions.add("exists (select 1 from lesson_tag t where t.lesson_id = l.id and t.tag = " + bind(q.tag()) + ")");
        }
        return " where " + String.join(" and ", conditions);
    }

    public Query query(EntityManager em, String sql) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    public List<String> ids(EntityManager em, String sql) {
        List<Object> rows = query(em, sql).getResultList();
        List<String> ids = new ArrayList<>(rows.size());
        for (Object row : rows) {
            ids.add(String.valueOf(row instanceof Object[] cells ? cells[0] : row));
        }
        return ids;
    }

    public long count(EntityManager em, String sql) {
        return ((Number) query(em, sql).getSingleResult()).longValue();
    }

    /** The lessons with these ids, in the order of the ids, with their tags and actions in two more queries. */
    public static List<Lesson> load(EntityManager em, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Lesson> found = em.createQuery("select l from Lesson l where l.id in :ids", Lesson.class).setParameter("ids", ids)
                .setHint("eclipselink.batch", "l.tags").setHint("eclipselink.batch", "l.actionIds")
                .setHint("eclipselink.batch.type", "IN").getResultList();
        Map<String, Lesson> byId = new HashMap<>();
        found.forEach(l -> byId.put(l.id(), l));
        List<Lesson> ordered = new ArrayList<>(ids.size());
        for (String id : ids) {
            Lesson l = byId.get(id);
            if (l != null) {
                ordered.add(l);
            }
        }
        return ordered;
    }
}
