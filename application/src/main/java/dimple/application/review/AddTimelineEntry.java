package dimple.application.review;

import java.time.Instant;

/** Add a moment to a review's timeline. {@code kind} defaults to EVENT. */
public record AddTimelineEntry(String reviewId, Instant at, String text, String kind, Long expectedVersion) {
}
