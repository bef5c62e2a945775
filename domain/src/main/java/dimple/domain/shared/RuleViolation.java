package dimple.domain.shared;

/**
 * A rule of the domain refused a change. Subclasses name the rule that was broken; the message is
 * written for the person who tried the change and never names anyone else.
 */
public abstract class RuleViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected RuleViolation(String message) {
        super(message, null, false, false);
    }
}
