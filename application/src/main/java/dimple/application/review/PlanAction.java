package dimple.application.review;

import java.time.LocalDate;

/**
 * Plan an action item of a review. {@code owner} is a username; {@code dueDate} defaults to 7 days
 * from today, {@code priority} to MEDIUM.
 */
public record PlanAction(String reviewId, String title, String type, String owner, LocalDate dueDate, String priority) {
}
