package dimple.infrastructure.learning.h2;

import dimple.infrastructure.learning.EmbeddedLessonSearch;
import jakarta.persistence.EntityManager;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The embedded search on H2: a term's count is kept with one MERGE, and one term's hits are read from
 * {@code lesson_term_rank} (term, weight, newest, lesson; db/migration/h2/V7) in page order, which H2
 * does only when the order starts at the index's first column (the term, which the query fixes, so the
 * order is the same).
 */
public class H2LessonSearch extends EmbeddedLessonSearch {
    public H2LessonSearch(EntityManager em) {
        super(em);
    }

    public H2LessonSearch(EntityManager em, Supplier<? extends Executor> refresher) {
        super(em, refresher);
    }

    @Override
    protected void countOneMore(EntityManager em, String term) {
        em.createNativeQuery("merge into lesson_term_count c using (values (cast(?1 as varchar(40)))) v (term) on c.term = v.term"
                + " when matched then update set lessons = c.lessons + 1 when not matched then insert (term, lessons) values (v.term, 1)")
                .setParameter(1, term).executeUpdate();
    }

    @Override
    protected String oneTermOrder() {
        return " order by t.term, t.weight desc, t.published_at desc, t.lesson_id";
    }
}
