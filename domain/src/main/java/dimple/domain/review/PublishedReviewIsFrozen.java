package dimple.domain.review;

import dimple.domain.shared.RuleViolation;

/** A published review is the record the lesson was drawn from: it does not change any more. */
public class PublishedReviewIsFrozen extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public PublishedReviewIsFrozen() {
        super("rule.publishedReviewIsFrozen");
    }
}
