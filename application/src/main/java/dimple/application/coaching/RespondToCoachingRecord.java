package dimple.application.coaching;

/** The employee acknowledges ({@code ACKNOWLEDGED}) or declines ({@code DECLINED}) a record about them, with a comment. */
public record RespondToCoachingRecord(String id, String decision, String comment, Long expectedVersion) {
}
