package dimple.application.identity;

import java.time.Instant;
import java.util.List;

/** An account as administrators (and the API's {@code /api/me}) see it. Team lists hold team names. */
public record AccountView(String username, String displayName, List<String> roles, List<String> teams, List<String> leads,
                          boolean enabled, Instant lockedUntil, Instant createdAt) {
}
