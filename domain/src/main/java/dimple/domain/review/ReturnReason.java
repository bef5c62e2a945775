package dimple.domain.review;

import dimple.domain.shared.TextLimit;

/**
 * Why a review goes back to drafting (required, by its own rule, when it was in review).
 * Stripped; may be empty, then its {@link #text()} is null; at most {@value #MAX} characters.
 */
public record ReturnReason(String text) {
    public static final int MAX = 1000;
    private static final TextLimit LIMIT = TextLimit.optional("field.reason", MAX);

    public ReturnReason {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static ReturnReason of(String text) {
        return new ReturnReason(text);
    }
}
