package dimple.application.identity;

import java.time.Instant;

/** One place where the person is signed in, as they see it in their own list. */
public record SessionView(String id, Instant startedAt, Instant lastSeenAt, Instant endsAt, String device, boolean current) implements java.io.Serializable {
}
