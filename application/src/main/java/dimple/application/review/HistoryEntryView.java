package dimple.application.review;

import dimple.domain.shared.Message;
import java.time.Instant;

/**
 * One change on a review's history tab: when, who (username and name), what was changed (the review
 * or one of its actions, {@code subject}), which field, and the values before and after. People in
 * the values are shown by name.
 */
public record HistoryEntryView(Instant at, String actor, String actorName, Message subject, String field, String oldValue,
                               String newValue) implements java.io.Serializable {
}
