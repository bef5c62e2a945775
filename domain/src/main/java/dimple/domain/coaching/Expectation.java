package dimple.domain.coaching;

import dimple.domain.shared.TextLimit;

/**
 * What is expected, as the coach wrote it down.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record Expectation(String text) {
    public static final int MAX = 4000;
    private static final TextLimit LIMIT = TextLimit.required("field.expectation", MAX);

    public Expectation {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static Expectation of(String text) {
        return new Expectation(text);
    }
}
