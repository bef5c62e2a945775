package dimple.application.review;

/** Move an action item on: IN_PROGRESS, DONE or NOT_DOING (with a reason). */
public record ChangeActionStatus(String actionId, String status, String reason, Long expectedVersion) {
}
