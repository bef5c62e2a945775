package dimple.application.review;

import dimple.application.shared.LessonText;
import java.time.Instant;
import java.util.List;

/** The lesson a published review became; its body is worded by the web tier ({@link LessonText}). */
public record LessonSummary(String id, String title, String takeaway, LessonText body, List<String> tags, Instant publishedAt) implements java.io.Serializable {
}
