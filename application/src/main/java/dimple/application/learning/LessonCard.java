package dimple.application.learning;

import java.time.Instant;
import java.util.List;

/**
 * A lesson as a card on the board: title, one-line takeaway, tags, team, kind of report, date and
 * endorsement counts. {@code status}: PUBLISHED, IMPLEMENTED, ARCHIVED, SUPERSEDED.
 */
public record LessonCard(String id, String title, String takeaway, List<String> tags, String team, String kind, String status,
                         Instant publishedAt, int appliesToMyTeam, int iAppliedThis) implements java.io.Serializable {
    public LessonCard {
        tags = List.copyOf(tags);
    }

    public boolean implemented() {
        return "IMPLEMENTED".equals(status);
    }
}
