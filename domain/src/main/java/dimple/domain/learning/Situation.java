package dimple.domain.learning;

import dimple.domain.shared.TextLimit;

/**
 * The situation a scenario card sets.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record Situation(String text) {
    public static final int MAX = 2000;
    private static final TextLimit LIMIT = TextLimit.required("field.situation", MAX);

    public Situation {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static Situation of(String text) {
        return new Situation(text);
    }
}
