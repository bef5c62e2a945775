package dimple.application.review;

import java.time.Instant;

/** One moment on a review's timeline. {@code kind}: EVENT, DETECTION, DECISION, COMMUNICATION, RECOVERY. */
public record TimelineEntryView(String id, Instant at, String text, String kind) implements java.io.Serializable {
}
