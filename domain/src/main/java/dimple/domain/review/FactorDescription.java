package dimple.domain.review;

import dimple.domain.shared.TextLimit;

/**
 * What contributed to a mistake, as a review names it: about systems, never culprits.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record FactorDescription(String text) {
    public static final int MAX = 1000;
    private static final TextLimit LIMIT = TextLimit.required("field.whatContributed", MAX);

    public FactorDescription {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static FactorDescription of(String text) {
        return new FactorDescription(text);
    }
}
