package dimple.infrastructure.learning;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonQuery;
import dimple.domain.learning.LessonSearch;
import dimple.domain.learning.SearchTerms;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lesson search on the database Dimple already has, without a full-text engine: an inverted index table
 * ({@code lesson_term}: stemmed term, lesson, weight) written when a lesson is published, and a ranked
 * query over it. A lesson scores per query term by where the term occurs — title {@value #TITLE},
 * takeaway {@value #TAKEAWAY}, tags {@value #TAGS}, body up to {@value #BODY_MAX} by how often — and
 * lessons matching more of the query's terms come first, then the higher score, then the newer. Query
 * text becomes terms (see {@link SearchTerms}) bound as parameters: nothing typed is ever SQL.
 */
@ApplicationScoped
public class EmbeddedLessonSearch implements LessonSearch {
    static final int TITLE = 10;
    static final int TAKEAWAY = 5;
    static final int TAGS = 4;
    static final int BODY_MAX = 3;
    /** Terms taken from a search query. */
    static final int QUERY_TERMS = 12;
    /** Terms taken from a text similar lessons are looked for with: its longest words. */
    static final int SIMILAR_TERMS = 20;

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public EmbeddedLessonSearch() {
    }

    public EmbeddedLessonSearch(EntityManager em) {
        this.em = em;
    }

    /** The weight of each term of a lesson, as stored in the index. */
    public static Map<String, Integer> weights(String title, String takeaway, List<String> tags, String body) {
        Map<String, Integer> weights = new HashMap<>();
        SearchTerms.of(title).forEach(t -> weights.merge(t, TITLE, Integer::sum));
        SearchTerms.of(takeaway).forEach(t -> weights.merge(t, TAKEAWAY, Integer::sum));
        SearchTerms.of(String.join(" ", tags)).forEach(t -> weights.merge(t, TAGS, Integer::sum));
        SearchTerms.counted(body).forEach((t, n) -> weights.merge(t, Math.min(n, BODY_MAX), Integer::sum));
        return weights;
    }

    @Override
    public void index(Lesson lesson) {
        em.flush();
        em.createNativeQuery("delete from lesson_term where lesson_id = ?1").setParameter(1, lesson.id()).executeUpdate();
        for (Map.Entry<String, Integer> e : weights(lesson.title(), lesson.takeaway(), lesson.tags(), lesson.body()).entrySet()) {
            em.createNativeQuery("insert into lesson_term (term, lesson_id, weight) values (?1, ?2, ?3)")
                    .setParameter(1, e.getKey()).setParameter(2, lesson.id()).setParameter(3, e.getValue()).executeUpdate();
        }
    }

    @Override
    public Page<Lesson> search(String text, LessonQuery filter, PageRequest page) {
        List<String> terms = SearchTerms.query(text, QUERY_TERMS);
        if (terms.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        LessonSql sql = new LessonSql();
        String matches = matches(sql, sql.where(filter), terms, 1, 0);
        long total = sql.count(em, "select count(*) from (select t.lesson_id" + matches + ") m");
        if (total == 0 || page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        String limit = " limit " + sql.bind(page.size()) + " offset " + sql.bind(page.offset());
        return Page.of(LessonSql.load(em, sql.ids(em, "select t.lesson_id" + matches + BEST_FIRST + limit)), page, total);
    }

    @Override
    public List<Lesson> similar(String text, int max) {
        List<String> terms = SearchTerms.query(text, SIMILAR_TERMS);
        if (terms.isEmpty()) {
            return List.of();
        }
        // One shared word is chance; ask for two (or the only one there is) and a title or takeaway hit.
        LessonSql sql = new LessonSql();
        String matches = matches(sql, " where " + LessonSql.CURRENT, terms, Math.min(2, terms.size()), TAKEAWAY + 1);
        return LessonSql.load(em, sql.ids(em, "select t.lesson_id" + matches + BEST_FIRST + " limit " + sql.bind(max)));
    }

    private static final String BEST_FIRST = " order by count(*) desc, sum(t.weight) desc, l.published_at desc, t.lesson_id";

    /**
     * The {@code from} to {@code having} of a query for lessons ({@code l}) matching the terms
     * ({@code t}), grouped per lesson. The terms are looked up in the index first and each hit joins its
     * lesson by key. (A grouped sub-select joined to the lessons let H2 run the sub-select once per lesson:
     * a report submission took seconds with a few thousand lessons.)
     */
    private static String matches(LessonSql sql, String where, List<String> terms, int minHits, int minScore) {
        StringBuilder in = new StringBuilder();
        for (String term : terms) {
            in.append(in.isEmpty() ? "" : ", ").append(sql.bind(term));
        }
        return " from lesson_term t join lesson l on l.id = t.lesson_id" + where + " and t.term in (" + in + ")"
                + " group by t.lesson_id, l.published_at having count(*) >= " + sql.bind(minHits)
                + (minScore > 0 ? " and sum(t.weight) >= " + sql.bind(minScore) : "");
    }
}
