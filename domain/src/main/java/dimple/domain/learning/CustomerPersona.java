package dimple.domain.learning;

import dimple.domain.shared.TextLimit;

/**
 * The customer a scenario card has an employee meet.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record CustomerPersona(String text) {
    public static final int MAX = 2000;
    private static final TextLimit LIMIT = TextLimit.required("field.customerPersona", MAX);

    public CustomerPersona {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static CustomerPersona of(String text) {
        return new CustomerPersona(text);
    }
}
