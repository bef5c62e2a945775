package dimple.domain.review;

/**
 * One change to a review or an action item as its history shows it: the field (its API name, such as
 * {@code whatHappened} or {@code status}), the value before and the value after (null when empty).
 * Who made the change and when is added where the change is stored.
 */
public record FieldChange(String field, String oldValue, String newValue) {
}
