package dimple.domain.review;

import dimple.domain.shared.TextLimit;

/**
 * What an action item is to do.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record ActionTitle(String text) {
    public static final int MAX = 200;
    private static final TextLimit LIMIT = TextLimit.required("field.whatToDo", MAX);

    public ActionTitle {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static ActionTitle of(String text) {
        return new ActionTitle(text);
    }
}
