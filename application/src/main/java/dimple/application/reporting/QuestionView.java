package dimple.application.reporting;

import java.time.Instant;

/**
 * A follow-up question and its answer. The asker is a leader and is named; the answer always comes
 * from the reporter and names nobody.
 */
public record QuestionView(String id, String reportId, Instant askedAt, String askedBy, String askedByName, String text,
                           String answer, Instant answeredAt) implements java.io.Serializable {
    public boolean answered() {
        return answer != null;
    }
}
