package dimple.domain.shared;

/**
 * A rule of the domain refused a change. Subclasses name the rule that was broken; the {@link #message()}
 * is a code with arguments, rendered for the person who tried the change, and never names anyone else.
 */
public abstract class RuleViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Message message;

    protected RuleViolation(String code, Object... args) {
        this(Message.of(code, args));
    }

    protected RuleViolation(Message message) {
        super(message.toString(), null, false, false);
        this.message = message;
    }

    /** What to tell the person, as a code and its arguments. */
    public Message message() {
        return message;
    }

    /** The code of the rule that was broken, stable across languages (and in the API's problem answers). */
    public String code() {
        return message.code();
    }
}
