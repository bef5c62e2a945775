package dimple.application.review;

import java.time.Instant;

/** A review in a list. */
public record ReviewSummary(String id, String title, String status, String team, String facilitatorName, Instant openedAt,
                            Instant updatedAt) implements java.io.Serializable {
}
