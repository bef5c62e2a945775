package dimple.infrastructure.learning.h2;

import dimple.domain.learning.LessonQuery;
import dimple.infrastructure.learning.JpaLessonBoard;
import jakarta.persistence.EntityManager;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The board on H2. One team's board, newest first, is read from {@code lesson_team_newest} (team,
 * newest, id; db/migration/h2/V7) in page order, so a page reads its own rows and stops. H2 needs two
 * things for that: the order must start at the index's first column (the team, which the filter fixes,
 * so the order is the same), and a hint, as H2's planner would otherwise take the team's foreign-key
 * index and sort all of the team's lessons.
 */
public class H2LessonBoard extends JpaLessonBoard {
    public H2LessonBoard(EntityManager em) {
        super(em);
    }

    public H2LessonBoard(EntityManager em, Supplier<? extends Executor> refresher) {
        super(em, refresher);
    }

    @Override
    protected String from(LessonQuery query) {
        return onlyTeamNewest(query) ? " from lesson l use index (lesson_team_newest)" : super.from(query);
    }

    @Override
    protected String orderBy(LessonQuery query) {
        return onlyTeamNewest(query) ? " order by l.team_id, l.published_at desc, l.id" : super.orderBy(query);
    }

    /** One team's board, newest first, and nothing else filtered. */
    private static boolean onlyTeamNewest(LessonQuery query) {
        return query.order() == LessonQuery.Order.NEWEST && query.teamId() != null
                && query.tag() == null && query.kind() == null && query.from() == null && query.to() == null;
    }
}
