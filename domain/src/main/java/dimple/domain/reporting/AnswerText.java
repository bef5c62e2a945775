package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * The reporter's answer to a question on their report.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record AnswerText(String text) {
    public static final int MAX = 4000;
    private static final TextLimit LIMIT = TextLimit.required("field.answer", MAX);

    public AnswerText {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static AnswerText of(String text) {
        return new AnswerText(text);
    }
}
