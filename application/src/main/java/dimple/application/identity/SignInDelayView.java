package dimple.application.identity;

import java.time.Instant;

/** A count of failed sign-ins that slows someone down now, as administrators see it. Username is null for an address count. */
public record SignInDelayView(String id, String username, String address, int failures, Instant lastFailureAt, Instant blockedUntil) implements java.io.Serializable {
}
