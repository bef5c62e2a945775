package dimple.application.shared;

import dimple.domain.shared.Message;
import java.time.Instant;
import java.util.Objects;

/** Too many wrong tries in a row: the next one is taken from {@code waitUntil} on (the API answers 429 with Retry-After). */
public class TooManyAttempts extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "refusal.tooManyAttempts";
    private final Instant waitUntil;

    public TooManyAttempts(Instant waitUntil) {
        super(CODE);
        this.waitUntil = Objects.requireNonNull(waitUntil);
    }

    public Instant waitUntil() {
        return waitUntil;
    }

    public Message message() {
        return Message.of(CODE);
    }
}
