package dimple.domain.review;

import dimple.domain.shared.TextLimit;

/**
 * What happened at one moment of a review's timeline.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record TimelineText(String text) {
    public static final int MAX = 1000;
    private static final TextLimit LIMIT = TextLimit.required("field.whatHappenedThen", MAX);

    public TimelineText {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static TimelineText of(String text) {
        return new TimelineText(text);
    }
}
