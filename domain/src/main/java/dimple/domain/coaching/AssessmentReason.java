package dimple.domain.coaching;

import dimple.domain.shared.TextLimit;

/**
 * Why a leader opens a just-culture assessment.
 * Stripped; required; at most {@value #MAX} characters.
 */
public record AssessmentReason(String text) {
    public static final int MAX = 4000;
    private static final TextLimit LIMIT = TextLimit.required("field.reason", MAX);

    public AssessmentReason {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static AssessmentReason of(String text) {
        return new AssessmentReason(text);
    }
}
