package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * A leader's note on the decision about a bent rule.
 * Stripped; may be empty, then its {@link #text()} is null; at most {@value #MAX} characters.
 */
public record DecisionNote(String text) {
    public static final int MAX = 2000;
    private static final TextLimit LIMIT = TextLimit.optional("field.note", MAX);

    public DecisionNote {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static DecisionNote of(String text) {
        return new DecisionNote(text);
    }
}
