package dimple.application.identity;

import java.time.Instant;
import java.util.List;

/**
 * An account as administrators see it. Team lists hold team names. {@code sessions} counts where the
 * person is signed in now; {@code mustChangePassword} is true while they hold a one-time password;
 * {@code rolesInConflict} marks an account from before the separation-of-duties rule that holds ADMIN
 * with LEADER or HR (only ADMIN is in effect). {@code providerLinked} is true for an account that signs in
 * through the organisation's OpenID provider (docs/adr/0032): its roles and teams follow the provider's groups.
 */
public record AccountView(String username, String displayName, List<String> roles, List<String> teams, List<String> leads,
                          boolean enabled, Instant createdAt, long sessions, boolean mustChangePassword, Instant passwordResetAt,
                          boolean rolesInConflict, boolean providerLinked) implements java.io.Serializable {
}
