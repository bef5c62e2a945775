package dimple.infrastructure.learning;

import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonQuery;
import dimple.domain.learning.LessonSearch;
import dimple.domain.learning.SearchTerms;
import dimple.domain.learning.Typos;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Kept;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Lesson search on the database Dimple already has, without a full-text engine: an inverted index table
 * ({@code lesson_term}: stemmed term, lesson, weight) written when a lesson is published, and a ranked
 * query over it. A lesson scores per query term by where the term occurs — title {@value #TITLE},
 * takeaway {@value #TAKEAWAY}, tags {@value #TAGS}, the story's texts (never its headings) up to {@value #BODY_MAX} by how often — and
 * lessons matching more of the query's terms come first, then the higher score, then the newer. Words
 * found in a large share of all lessons ({@code lesson_term_count}) are left out while rarer ones are
 * there, like stop words: they would rank nothing and cost a row per lesson. Query text becomes terms
 * (see {@link SearchTerms}) bound as parameters: nothing typed is ever SQL.
 *
 * <p>The portable search, in standard SQL: a database that needs its own statements overrides
 * {@link #countOneMore} and {@link #oneTermOrder} in its vendor package, or replaces the index and its reads
 * with its own engine ({@link #index}, {@link #search}, {@link #similar}) while keeping the vocabulary
 * ({@code lesson_term_count}, {@link #selective}, {@link #corrections}); {@link LearningAdapters} chooses.
 */
public class EmbeddedLessonSearch implements LessonSearch {
    protected static final int TITLE = 10;
    protected static final int TAKEAWAY = 5;
    protected static final int TAGS = 4;
    protected static final int BODY_MAX = 3;
    /** Terms taken from a search query. */
    protected static final int QUERY_TERMS = 12;
    /** Terms taken from a text similar lessons are looked for with: its longest words. */
    protected static final int SIMILAR_TERMS = 20;
    /** A term in more than this share of all lessons is common: left out of a lookup while rarer ones are there. */
    static final int COMMON_SHARE_PERCENT = 5;
    /** ...unless it is in no more lessons than this: in a small collection every word counts. */
    static final int COMMON_FLOOR = 50;

    private final EntityManager em;
    private final Kept<Long> lessonCount;

    /** A search whose kept lesson count is worked out again by the caller that finds it out of date. */
    public EmbeddedLessonSearch(EntityManager em) {
        this(em, () -> null);
    }

    /** A search whose kept lesson count is worked out again by the executor the supplier gives (null: by the caller). */
    public EmbeddedLessonSearch(EntityManager em, Supplier<? extends Executor> refresher) {
        this.em = em;
        this.lessonCount = new Kept<>(Duration.ofMinutes(1), refresher);
    }

    /** The entity manager the search works in. */
    protected EntityManager em() {
        return em;
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

    /** The story's texts to index: its sections' texts (never the headings a page words), or its body as written. */
    public static String story(Lesson lesson) {
        return String.join("\n\n", lesson.storyTexts());
    }

    @Override
    public void index(Lesson lesson) {
        em.flush();
        em.createNativeQuery("update lesson_term_count c set lessons = lessons - 1"
                + " where c.term in (select t.term from lesson_term t where t.lesson_id = ?1)").setParameter(1, lesson.id()).executeUpdate();
        em.createNativeQuery("delete from lesson_term where lesson_id = ?1").setParameter(1, lesson.id()).executeUpdate();
        if (!lesson.status().isCurrent()) {
            return;
        }
        for (Map.Entry<String, Integer> e : weights(lesson.title(), lesson.takeaway(), lesson.tags(), story(lesson)).entrySet()) {
            em.createNativeQuery("insert into lesson_term (term, lesson_id, weight, published_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, e.getKey()).setParameter(2, lesson.id()).setParameter(3, e.getValue())
                    .setParameter(4, lesson.publishedAt().atOffset(ZoneOffset.UTC)).executeUpdate();
            countOneMore(em, e.getKey());
        }
    }

    /**
     * Adds one lesson to the term's count in {@code lesson_term_count}, making the count's row for a
     * new term. Standard SQL has no statement for "update, or insert if missing" that every database
     * takes, so: an update, and an insert when it changed no row. Two lessons published at the same
     * moment with the same new term would both insert; the second waits for the first and is refused.
     */
    protected void countOneMore(EntityManager em, String term) {
        int updated = em.createNativeQuery("update lesson_term_count set lessons = lessons + 1 where term = ?1")
                .setParameter(1, term).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into lesson_term_count (term, lessons) values (?1, 1)").setParameter(1, term).executeUpdate();
        }
    }

    /**
     * How many current lessons there are (those the index holds), counted at most once a minute: the
     * share that makes a word common needs no more precision, and counting reads every row.
     */
    private long lessons() {
        return lessonCount.get(() -> new LessonSql().count(em, "select count(*) from lesson l where " + LessonSql.CURRENT));
    }

    /**
     * The terms worth looking up, rarest first, with the number of current lessons each is in: those no
     * lesson has are left out, and so are common ones (in more than {@value #COMMON_SHARE_PERCENT}% of all
     * lessons, and in more than {@value #COMMON_FLOOR}), which tell little and cost a row per lesson. If
     * every term is common, the rarest {@code keepIfAllCommon} stay.
     */
    @SuppressWarnings("unchecked")
    protected Map<String, Long> selective(List<String> terms, int keepIfAllCommon) {
        Map<String, Long> rare = new LinkedHashMap<>();
        if (terms.isEmpty()) {
            return rare;
        }
        LessonSql sql = new LessonSql();
        List<Object[]> counted = sql.query(em, "select term, lessons from lesson_term_count where lessons > 0 and term in ("
                + in(sql, terms) + ") order by lessons, term").getResultList();
        long common = Math.max(COMMON_FLOOR, lessons() * COMMON_SHARE_PERCENT / 100);
        for (Object[] row : counted) {
            if (((Number) row[1]).longValue() <= common) {
                rare.put((String) row[0], ((Number) row[1]).longValue());
            }
        }
        if (rare.isEmpty()) {
            counted.stream().limit(keepIfAllCommon).forEach(row -> rare.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return rare;
    }

    @Override
    public Page<Lesson> search(String text, LessonQuery filter, PageRequest page) {
        Map<String, Long> selected = selective(SearchTerms.query(text, QUERY_TERMS), 1);
        if (selected.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        if (selected.size() == 1 && filter.filtersNothing()) {
            Map.Entry<String, Long> only = selected.entrySet().iterator().next();
            return oneTerm(only.getKey(), only.getValue(), page);
        }
        List<String> terms = new ArrayList<>(selected.keySet());
        LessonSql sql = new LessonSql();
        String matches = filter.filtersNothing() ? matches(sql, terms, 1, 0) : matchesJoined(sql, sql.where(filter), terms);
        long total = sql.count(em, "select count(*) from (select t.lesson_id" + matches + ") m");
        if (total == 0 || page.offset() >= total) {
            return Page.of(List.of(), page, total);
        }
        return Page.of(LessonSql.load(em, sql.ids(em, "select t.lesson_id" + matches + BEST_FIRST + sql.page(page))), page, total);
    }

    /**
     * A search that comes down to one term and no filter (one word, or only common words, of which the
     * rarest is kept): the same order as {@link #BEST_FIRST}, where every hit matches once and ranks by
     * its weight, so the hits are read in {@link #oneTermOrder} without grouping and the total is the
     * term's count.
     */
    private Page<Lesson> oneTerm(String term, long lessons, PageRequest page) {
        if (page.offset() >= lessons) {
            return Page.of(List.of(), page, lessons);
        }
        LessonSql sql = new LessonSql();
        String ranked = "select t.lesson_id from lesson_term t where t.term = " + sql.bind(term) + oneTermOrder() + sql.page(page);
        return Page.of(LessonSql.load(em, sql.ids(em, ranked)), page, lessons);
    }

    /** The order of one term's hits ({@code t}): the higher weight, then the newer lesson, then by id. */
    protected String oneTermOrder() {
        return " order by t.weight desc, t.published_at desc, t.lesson_id";
    }

    @Override
    public List<Lesson> similar(String text, int max) {
        List<String> terms = new ArrayList<>(selective(SearchTerms.query(text, SIMILAR_TERMS), 0).keySet());
        if (terms.isEmpty()) {
            return List.of();
        }
        // One shared word is chance; ask for two (or the only one there is) and a title or takeaway hit.
        LessonSql sql = new LessonSql();
        String matches = matches(sql, terms, Math.min(2, terms.size()), TAKEAWAY + 1);
        return LessonSql.load(em, sql.ids(em, "select t.lesson_id" + matches + BEST_FIRST + sql.first(max)));
    }

    /**
     * The vocabulary is {@code lesson_term_count}: every term of a current lesson with its number of
     * lessons (retired lessons' terms stay there with 0 and are never candidates). The terms asked about
     * that it holds are left alone; for the others, one read of the terms that start with a letter and are
     * as long as a correction could be (an edit changes the length by at most one), compared in memory.
     * It runs only when a search found nothing, and reads one row per distinct word of the current
     * lessons in that range of lengths, never a row per lesson.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> corrections(Collection<String> terms) {
        List<String> asked = terms.stream().distinct().filter(t -> Typos.allowedEdits(t) > 0).toList();
        if (asked.isEmpty()) {
            return Map.of();
        }
        LessonSql known = new LessonSql();
        Set<String> found = new HashSet<>(known.query(em, "select term from lesson_term_count where lessons > 0 and term in ("
                + in(known, asked) + ")").getResultList());
        List<String> unknown = asked.stream().filter(t -> !found.contains(t)).toList();
        if (unknown.isEmpty()) {
            return Map.of();
        }
        int shortest = unknown.stream().mapToInt(t -> t.length() - Typos.allowedEdits(t)).min().orElseThrow();
        int longest = unknown.stream().mapToInt(t -> t.length() + Typos.allowedEdits(t)).max().orElseThrow();
        LessonSql sql = new LessonSql();
        List<Object[]> rows = sql.query(em, "select term, lessons from lesson_term_count where lessons > 0 and term >= " + sql.bind("a")
                + " and char_length(term) between " + sql.bind(shortest) + " and " + sql.bind(longest)).getResultList();
        List<Typos.Known> vocabulary = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            vocabulary.add(new Typos.Known((String) row[0], ((Number) row[1]).longValue()));
        }
        Map<String, String> corrections = new LinkedHashMap<>();
        for (String term : unknown) {
            Typos.closest(term, vocabulary).ifPresent(c -> corrections.put(term, c));
        }
        return corrections;
    }

    private static final String BEST_FIRST = " order by count(*) desc, sum(t.weight) desc, t.published_at desc, t.lesson_id";

    /**
     * The {@code from} to {@code having} of a query for the lessons matching the terms ({@code t}),
     * grouped per lesson, from the index alone: it holds current lessons only, with their publication
     * time, so no lesson row is read per hit.
     */
    private static String matches(LessonSql sql, List<String> terms, int minHits, int minScore) {
        return " from lesson_term t where t.term in (" + in(sql, terms) + ") group by t.lesson_id, t.published_at having count(*) >= "
                + sql.bind(minHits) + (minScore > 0 ? " and sum(t.weight) >= " + sql.bind(minScore) : "");
    }

    /** The same with the board's filters, which need each hit's lesson ({@code l}): joined by key. */
    private static String matchesJoined(LessonSql sql, String where, List<String> terms) {
        return " from lesson_term t join lesson l on l.id = t.lesson_id" + where + " and t.term in (" + in(sql, terms) + ")"
                + " group by t.lesson_id, t.published_at having count(*) >= " + sql.bind(1);
    }

    private static String in(LessonSql sql, List<String> terms) {
        StringBuilder in = new StringBuilder();
        for (String term : terms) {
            in.append(in.isEmpty() ? "" : ", ").append(sql.bind(term));
        }
        return in.toString();
    }
}
