package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * A note on an affected customer, for the people who make it right.
 * Stripped; may be empty, then its {@link #text()} is null; at most {@value #MAX} characters.
 */
public record CustomerNote(String text) {
    public static final int MAX = 1000;
    private static final TextLimit LIMIT = TextLimit.optional("field.note", MAX);

    public CustomerNote {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static CustomerNote of(String text) {
        return new CustomerNote(text);
    }
}
