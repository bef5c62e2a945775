package dimple.infrastructure.learning.postgresql;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonQuery;
import dimple.domain.learning.SearchTerms;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.learning.EmbeddedLessonSearch;
import dimple.infrastructure.learning.LessonSql;
import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Lesson search on PostgreSQL's full-text search. Each current lesson has one document
 * ({@code lesson_document}, db/migration/postgresql/V40): a {@code tsvector} whose lexemes are the
 * lesson's search terms, weighted A (title), B (takeaway), C (tags) and D (the story's texts, each term at
 * most {@value EmbeddedLessonSearch#BODY_MAX} times), with a GIN index. A query is one {@code tsquery} per
 * term, made by {@code plainto_tsquery}, which reads its input as plain text only, joined by "or"; the hits
 * come from the GIN index and rank as the portable search ranks them: more of the query's terms first, then
 * {@code ts_rank} with weights in the portable search's proportions, then the newer lesson.
 *
 * <p>The terms are the domain's ({@link SearchTerms}: case, accents, stop words, word endings), put into
 * the {@code tsvector} and the queries with the {@code simple} configuration, which only lowercases: a
 * word finds the same lessons on H2 and on PostgreSQL, and the vocabulary of typo corrections
 * ({@code lesson_term_count}, kept here with PostgreSQL's upsert) holds the same words. Common words are
 * left out of a query as the portable search leaves them out ({@link #selective}).
 */
public class PostgreSQLLessonSearch extends EmbeddedLessonSearch {
    /** {@code ts_rank}'s weights of D, C, B and A: the portable search's body (1 to 3), tags 4, takeaway 5 and title 10, over 10. */
    static final String WEIGHTS = "'{0.1, 0.4, 0.5, 1.0}'";

    public PostgreSQLLessonSearch(EntityManager em) {
        super(em);
    }

    public PostgreSQLLessonSearch(EntityManager em, Supplier<? extends Executor> refresher) {
        super(em, refresher);
    }

    /**
     * The lesson's document, written again: its terms leave the vocabulary's counts, its old document is
     * removed, and a current lesson gets its new document and adds its terms to the counts (one upsert).
     */
    @Override
    public void index(Lesson lesson) {
        EntityManager em = em();
        em.flush();
        em.createNativeQuery("update lesson_term_count c set lessons = lessons - 1 where c.term in"
                + " (select unnest(tsvector_to_array(d.document)) from lesson_document d where d.lesson_id = ?1)")
                .setParameter(1, lesson.id()).executeUpdate();
        em.createNativeQuery("delete from lesson_document where lesson_id = ?1").setParameter(1, lesson.id()).executeUpdate();
        if (!lesson.status().isCurrent()) {
            return;
        }
        em.createNativeQuery("insert into lesson_document (lesson_id, published_at, document) values (?1, ?2,"
                + " setweight(to_tsvector('simple', ?3), 'A') || setweight(to_tsvector('simple', ?4), 'B')"
                + " || setweight(to_tsvector('simple', ?5), 'C') || setweight(to_tsvector('simple', ?6), 'D'))")
                .setParameter(1, lesson.id()).setParameter(2, lesson.publishedAt().atOffset(ZoneOffset.UTC))
                .setParameter(3, String.join(" ", SearchTerms.of(lesson.title())))
                .setParameter(4, String.join(" ", SearchTerms.of(lesson.takeaway())))
                .setParameter(5, String.join(" ", SearchTerms.of(String.join(" ", lesson.tags()))))
                .setParameter(6, body(story(lesson))).executeUpdate();
        em.createNativeQuery("insert into lesson_term_count (term, lessons) select w.term, 1 from lesson_document d,"
                + " unnest(tsvector_to_array(d.document)) w (term) where d.lesson_id = ?1"
                + " on conflict (term) do update set lessons = lesson_term_count.lessons + 1")
                .setParameter(1, lesson.id()).executeUpdate();
    }

    /** The story's terms, each as often as it occurs, up to {@value EmbeddedLessonSearch#BODY_MAX} times. */
    static String body(String story) {
        StringBuilder body = new StringBuilder();
        SearchTerms.counted(story).forEach((term, n) -> {
            for (int i = 0; i < Math.min(n, BODY_MAX); i++) {
                body.append(body.isEmpty() ? "" : " ").append(term);
            }
        });
        return body.toString();
    }

    @Override
    public Page<Lesson> search(String text, LessonQuery filter, PageRequest page) {
        Map<String, Long> selected = selective(SearchTerms.query(text, QUERY_TERMS), 1);
        if (selected.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        Query q = new Query(new ArrayList<>(selected.keySet()));
        LessonSql sql = new LessonSql();
        String with = q.terms(sql);
        String from = filter.filtersNothing()
                ? " from q, lesson_document d where d.document @@ " + q.any()
                : " from q, lesson_document d join lesson l on l.id = d.lesson_id" + sql.where(filter) + " and d.document @@ " + q.any();
        long total = selected.size() == 1 && filter.filtersNothing()
                ? selected.values().iterator().next()
                : sql.count(em(), with + "select count(*)" + from);
        if (total == 0 || page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        return Page.of(LessonSql.load(em(), sql.ids(em(), with + "select d.lesson_id" + from + q.bestFirst() + sql.page(page))), page, total);
    }

    /** As the portable search: two of the narrative's rarer terms (or its only one), one of them in a title or takeaway. */
    @Override
    public List<Lesson> similar(String text, int max) {
        List<String> terms = new ArrayList<>(selective(SearchTerms.query(text, SIMILAR_TERMS), 0).keySet());
        if (terms.isEmpty()) {
            return List.of();
        }
        Query q = new Query(terms);
        LessonSql sql = new LessonSql();
        String with = q.terms(sql);
        String from = " from q, lesson_document d where d.document @@ " + q.any()
                + " and ts_filter(d.document, '{a,b}') @@ " + q.any() + " and " + q.matched() + " >= " + sql.bind(Math.min(2, terms.size()));
        return LessonSql.load(em(), sql.ids(em(), with + "select d.lesson_id" + from + q.bestFirst() + sql.first(max)));
    }

    /** The statement pieces of a query of these terms: one {@code tsquery} per term ({@code q.q1}, ...), each bound, never written into SQL. */
    private record Query(List<String> words) {
        /**
         * The row of the terms' queries, {@code q}, made once per statement: materialized, so that a generic plan
         * (the driver prepares a statement on the server after a few runs) does not parse the terms again for
         * every hit it ranks, which made a common word's page several times slower.
         */
        String terms(LessonSql sql) {
            StringBuilder row = new StringBuilder("with q as materialized (select ");
            for (int i = 0; i < words.size(); i++) {
                row.append(i == 0 ? "" : ", ").append("plainto_tsquery('simple', ").append(sql.bind(words.get(i))).append(") q").append(i + 1);
            }
            return row.append(") ").toString();
        }

        /** Any of the terms. */
        String any() {
            StringBuilder any = new StringBuilder("(");
            for (int i = 0; i < words.size(); i++) {
                any.append(i == 0 ? "" : " || ").append("q.q").append(i + 1);
            }
            return any.append(")").toString();
        }

        /** How many of the terms the document ({@code d}) holds. */
        String matched() {
            StringBuilder matched = new StringBuilder("(");
            for (int i = 0; i < words.size(); i++) {
                matched.append(i == 0 ? "" : " + ").append("case when d.document @@ q.q").append(i + 1).append(" then 1 else 0 end");
            }
            return matched.append(")").toString();
        }

        String bestFirst() {
            return " order by " + matched() + " desc, ts_rank(" + WEIGHTS + ", d.document, " + any() + ") desc, d.published_at desc, d.lesson_id";
        }
    }
}
