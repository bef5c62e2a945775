package dimple.application.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person: who they are, what they may do and which teams they belong to and lead; when
 * their password was last changed, whether an administrator reset it (and when), and whether they
 * still hold the one-time password of that reset.
 */
public record MeView(String username, String displayName, List<String> roles, List<String> teams, List<String> leads,
                     Set<String> permissions, Instant passwordChangedAt, Instant passwordResetAt, boolean mustChangePassword) implements java.io.Serializable {
    public boolean may(String permission) {
        return permissions.contains(permission);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
