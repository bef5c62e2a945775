package dimple.application.review;

import java.time.Instant;
import java.util.List;

/** The lesson a published review became. */
public record LessonSummary(String id, String title, String takeaway, String body, List<String> tags, Instant publishedAt) implements java.io.Serializable {
}
