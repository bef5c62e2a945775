package dimple.infrastructure.persistence;

import dimple.domain.learning.Lesson;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.review.ActionItem;
import dimple.domain.review.HistoryEntry;
import dimple.domain.review.Review;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Tells EclipseLink the order in which to write rows that refer to each other by id. Aggregates refer
 * to other aggregates by id (a plain column, not a JPA relationship), so EclipseLink cannot see the
 * foreign keys the schema enforces and may, within one flush, update a report to point at a review it
 * has not inserted yet. Each line says: rows of the first class are written after those of the others.
 */
public class CommitOrder implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        after(session, MistakeReport.class, Review.class);
        after(session, ActionItem.class, Review.class);
        after(session, HistoryEntry.class, Review.class, ActionItem.class);
        after(session, Lesson.class, Review.class, ActionItem.class);
    }

    private static void after(Session session, Class<?> writtenAfter, Class<?>... dependencies) {
        for (Class<?> dependency : dependencies) {
            session.getDescriptor(writtenAfter).addConstraintDependency(dependency);
        }
    }
}
