package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * A question a leader asks the reporter of a report.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record QuestionText(String text) {
    public static final int MAX = 2000;
    private static final TextLimit LIMIT = TextLimit.required("field.question", MAX);

    public QuestionText {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static QuestionText of(String text) {
        return new QuestionText(text);
    }
}
