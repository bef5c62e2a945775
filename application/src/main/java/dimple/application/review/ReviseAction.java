package dimple.application.review;

import java.time.LocalDate;

/**
 * Correct an action item of a drafting review: title, type, owner (a username), due date and priority.
 * {@code dueDate} and {@code priority} null keep what the item has.
 */
public record ReviseAction(String reviewId, String actionId, String title, String type, String owner, LocalDate dueDate, String priority) {
}
