package dimple.application.review;

import java.time.Instant;

/** Correct a moment of a drafting review's timeline: its time, text and kind ({@code kind} null keeps it). */
public record CorrectTimelineEntry(String reviewId, String entryId, Instant at, String text, String kind, Long expectedVersion) {
}
