package dimple.application.shared;

import java.time.Instant;

/** The outbox as administrators may see it: how much waits and what fails, never what a message carries. */
public interface OutboxMonitor {
    OutboxHealth health(Instant now);
}
