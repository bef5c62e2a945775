package dimple.domain.recovery;

import dimple.domain.shared.TextLimit;

/**
 * A note on one step of making it right with a customer.
 * Stripped; may be empty, then its {@link #text()} is null; at most {@value #MAX} characters.
 */
public record StepNote(String text) {
    public static final int MAX = 1000;
    private static final TextLimit LIMIT = TextLimit.optional("field.note", MAX);

    public StepNote {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static StepNote of(String text) {
        return new StepNote(text);
    }
}
