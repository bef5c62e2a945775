package dimple.application.review;

import java.util.List;

/**
 * Move a review to another state: IN_REVIEW, DRAFTING (back from in review, with a reason), APPROVED
 * or PUBLISHED. Publishing is refused while the lesson would show what looks like personal data,
 * except what the leader checked and names in {@code acknowledgedFindings} (the texts found, as the
 * refusal quoted them); a name that must not be published is refused whatever is acknowledged.
 */
public record MoveReview(String reviewId, String to, String reason, Long expectedVersion, List<String> acknowledgedFindings) {
    public MoveReview {
        acknowledgedFindings = acknowledgedFindings == null ? List.of() : acknowledgedFindings.stream().filter(java.util.Objects::nonNull).toList();
    }

    public MoveReview(String reviewId, String to, String reason, Long expectedVersion) {
        this(reviewId, to, reason, expectedVersion, List.of());
    }
}
