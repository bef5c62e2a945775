package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * What happened, in the reporter's words.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record Narrative(String text) {
    public static final int MAX = 20_000;
    private static final TextLimit LIMIT = TextLimit.required("field.whatHappened", MAX);

    public Narrative {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static Narrative of(String text) {
        return new Narrative(text);
    }
}
