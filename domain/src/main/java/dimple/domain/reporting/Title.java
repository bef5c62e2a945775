package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * A report's title: the one line a team sees on its board.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record Title(String text) {
    public static final int MAX = 200;
    private static final TextLimit LIMIT = TextLimit.required("field.title", MAX);

    public Title {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static Title of(String text) {
        return new Title(text);
    }
}
