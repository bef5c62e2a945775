package dimple.application.coaching;

/** Share or close a coaching record; a non-null expected version refuses the change if the record changed since. */
public record ChangeCoachingRecord(String id, Long expectedVersion) {
}
