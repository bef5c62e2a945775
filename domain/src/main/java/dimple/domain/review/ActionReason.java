package dimple.domain.review;

import dimple.domain.shared.TextLimit;

/**
 * Why an action item moved as it did (required, by its own rule, when it is not done).
 * Stripped; may be empty, then its {@link #text()} is null; at most {@value #MAX} characters.
 */
public record ActionReason(String text) {
    public static final int MAX = 1000;
    private static final TextLimit LIMIT = TextLimit.optional("field.reason", MAX);

    public ActionReason {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static ActionReason of(String text) {
        return new ActionReason(text);
    }
}
