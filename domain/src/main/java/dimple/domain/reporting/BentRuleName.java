package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * The rule a reporter bent to help a customer, as they name it.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record BentRuleName(String text) {
    public static final int MAX = 200;
    private static final TextLimit LIMIT = TextLimit.required("field.whichRuleWasBent", MAX);

    public BentRuleName {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static BentRuleName of(String text) {
        return new BentRuleName(text);
    }
}
