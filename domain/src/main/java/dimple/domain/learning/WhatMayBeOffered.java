package dimple.domain.learning;

import dimple.domain.shared.TextLimit;

/**
 * What the employee may offer the customer in a scenario.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record WhatMayBeOffered(String text) {
    public static final int MAX = 2000;
    private static final TextLimit LIMIT = TextLimit.required("field.whatTheEmployeeMayOffer", MAX);

    public WhatMayBeOffered {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static WhatMayBeOffered of(String text) {
        return new WhatMayBeOffered(text);
    }
}
