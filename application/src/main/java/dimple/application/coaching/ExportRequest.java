package dimple.application.coaching;

/** Export the coaching records the filter selects, as {@code csv}, {@code xlsx} or {@code pdf}. */
public record ExportRequest(String format, CoachingFilter filter) {
}
