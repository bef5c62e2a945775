package dimple.domain.recovery;

import dimple.domain.shared.TextLimit;

/**
 * Who apologised to the customer: a role or a name the recorder chooses to give.
 * Stripped; may be empty, then its {@link #text()} is null; at most {@value #MAX} characters.
 */
public record ByWhom(String text) {
    public static final int MAX = 100;
    private static final TextLimit LIMIT = TextLimit.optional("field.byWhom", MAX);

    public ByWhom {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static ByWhom of(String text) {
        return new ByWhom(text);
    }
}
