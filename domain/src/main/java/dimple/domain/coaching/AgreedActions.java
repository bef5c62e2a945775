package dimple.domain.coaching;

import dimple.domain.shared.TextLimit;

/**
 * The actions coach and employee agreed on.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record AgreedActions(String text) {
    public static final int MAX = 4000;
    private static final TextLimit LIMIT = TextLimit.required("field.agreedActions", MAX);

    public AgreedActions {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static AgreedActions of(String text) {
        return new AgreedActions(text);
    }
}
