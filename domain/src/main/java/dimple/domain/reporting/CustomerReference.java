package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * How the team finds an affected customer again (an account or ticket number, never more than needed).
 * Stripped; required; at most {@value #MAX} characters.
 */
public record CustomerReference(String text) {
    public static final int MAX = 100;
    private static final TextLimit LIMIT = TextLimit.required("field.customerReference", MAX);

    public CustomerReference {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static CustomerReference of(String text) {
        return new CustomerReference(text);
    }
}
