package dimple.domain.learning;

import dimple.domain.shared.TextLimit;

/**
 * What a good answer to a scenario looks like.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record WhatGoodLooksLike(String text) {
    public static final int MAX = 2000;
    private static final TextLimit LIMIT = TextLimit.required("field.whatGoodLooksLike", MAX);

    public WhatGoodLooksLike {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static WhatGoodLooksLike of(String text) {
        return new WhatGoodLooksLike(text);
    }
}
