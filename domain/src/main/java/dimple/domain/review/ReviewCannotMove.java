package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/** A review moves only along its states: drafting, in review, approved, published; in review may go back to drafting. */
public class ReviewCannotMove extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public ReviewCannotMove(ReviewStatus from, ReviewStatus to) {
        super(from == to ? "rule.reviewCannotMove.already" : "rule.reviewCannotMove", from, to);
    }
}
