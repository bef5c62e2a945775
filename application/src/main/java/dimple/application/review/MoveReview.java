package dimple.application.review;

/**
 * Move a review to another state: IN_REVIEW, DRAFTING (back from in review, with a reason), APPROVED
 * or PUBLISHED.
 */
public record MoveReview(String reviewId, String to, String reason, Long expectedVersion) {
}
