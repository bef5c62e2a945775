package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * Why the reporter bent the rule.
 * Stripped; may be empty, then its {@link #text()} is null; at most {@value #MAX} characters.
 */
public record WhyBent(String text) {
    public static final int MAX = 2000;
    private static final TextLimit LIMIT = TextLimit.optional("field.whyItWasBent", MAX);

    public WhyBent {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static WhyBent of(String text) {
        return new WhyBent(text);
    }
}
