package dimple.domain.coaching;

import dimple.domain.shared.TextLimit;

/**
 * What was observed, as the coach wrote it down.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record Observations(String text) {
    public static final int MAX = 4000;
    private static final TextLimit LIMIT = TextLimit.required("field.observations", MAX);

    public Observations {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static Observations of(String text) {
        return new Observations(text);
    }
}
