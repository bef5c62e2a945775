package dimple.domain.learning;

import dimple.domain.reporting.ReportKind;
import java.time.Instant;

/**
 * What the board shows: current lessons, optionally only those with a tag, of a team, of a kind, or
 * published in [from, to); ordered newest or most endorsed first. Null means "any".
 */
public record LessonQuery(String tag, String teamId, ReportKind kind, Instant from, Instant to, Order order) {
    public enum Order { NEWEST, MOST_ENDORSED }

    public LessonQuery {
        order = order == null ? Order.NEWEST : order;
    }

    /** True when no tag, team, kind or date narrows the lessons (the order does not filter). */
    public boolean filtersNothing() {
        return tag == null && teamId == null && kind == null && from == null && to == null;
    }

    public static LessonQuery everything() {
        return new LessonQuery(null, null, null, null, null, Order.NEWEST);
    }
}
