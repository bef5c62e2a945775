package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * What value bending the rule created.
 * Stripped; may be empty, then its {@link #text()} is null; at most {@value #MAX} characters.
 */
public record ValueCreated(String text) {
    public static final int MAX = 2000;
    private static final TextLimit LIMIT = TextLimit.optional("field.whatValueItCreated", MAX);

    public ValueCreated {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static ValueCreated of(String text) {
        return new ValueCreated(text);
    }
}
