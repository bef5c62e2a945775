package dimple.domain.review;

/**
 * Where a review is: {@link #DRAFTING} → {@link #IN_REVIEW} → {@link #APPROVED} → {@link #PUBLISHED}.
 * {@code IN_REVIEW} may go back to {@code DRAFTING} with a reason. A published review is frozen.
 */
public enum ReviewStatus {
    DRAFTING, IN_REVIEW, APPROVED, PUBLISHED
}
