package dimple.application.identity;

import java.time.Duration;

/**
 * How long a page session lasts: ended after {@code idle} without a request, and after {@code lifetime}
 * in any case (DIMPLE_SESSION_IDLE_MINUTES, default 30; DIMPLE_SESSION_MAX_HOURS, default 12).
 */
public record SessionPolicy(Duration idle, Duration lifetime) {
    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));

    public SessionPolicy {
        if (idle.isNegative() || idle.isZero() || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("session timeouts must be positive");
        }
    }
}
