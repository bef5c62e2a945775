package dimple.domain.coaching;

import dimple.domain.shared.TextLimit;

/**
 * What the employee says in answer to a shared coaching record (required, by its own rule, when declining).
 * Stripped; may be empty, then its {@link #text()} is null; at most {@value #MAX} characters.
 */
public record EmployeeComment(String text) {
    public static final int MAX = 2000;
    private static final TextLimit LIMIT = TextLimit.optional("field.comment", MAX);

    public EmployeeComment {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static EmployeeComment of(String text) {
        return new EmployeeComment(text);
    }
}
