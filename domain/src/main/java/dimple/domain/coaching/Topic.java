package dimple.domain.coaching;

import dimple.domain.shared.TextLimit;

/**
 * What a coaching conversation was about.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record Topic(String text) {
    public static final int MAX = 200;
    private static final TextLimit LIMIT = TextLimit.required("field.topic", MAX);

    public Topic {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static Topic of(String text) {
        return new Topic(text);
    }
}
