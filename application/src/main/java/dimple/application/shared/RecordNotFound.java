package dimple.application.shared;

import dimple.domain.shared.Message;

/**
 * The record does not exist, or the caller may not see it: both look the same from outside, so that
 * nobody learns that a record they may not see exists.
 */
public class RecordNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "refusal.notFound";
    private final Message message;

    /** @param what the kind of record, a key under {@code record.} in the message bundles ({@code "report"}, {@code "bentRule"}) */
    public RecordNotFound(String what) {
        this(Message.of(CODE, Message.of("record." + what)));
    }

    private RecordNotFound(Message message) {
        super(message.toString(), null, false, false);
        this.message = message;
    }

    public Message message() {
        return message;
    }
}
