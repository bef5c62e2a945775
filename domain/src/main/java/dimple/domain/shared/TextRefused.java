package dimple.domain.shared;

/**
 * A free text broke its {@link TextLimit}: missing or too long. It carries the problem as a message code
 * with the field's name; the caller that knows the field (a form, an API property) reports it against
 * that field. An {@link IllegalArgumentException}, as the aggregates refused such input before.
 */
public class TextRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final Message problem;

    public TextRefused(Message problem) {
        super(problem.toString(), null);
        this.problem = problem;
    }

    /** What is wrong, e.g. {@code input.maxLength[field.title, 200, 245]}. */
    public Message problem() {
        return problem;
    }
}
