package dimple.application.identity;

import java.util.List;
import java.util.Set;

/** The signed-in person: who they are, what they may do and which teams they belong to and lead. */
public record MeView(String username, String displayName, List<String> roles, List<String> teams, List<String> leads,
                     Set<String> permissions) {
    public boolean may(String permission) {
        return permissions.contains(permission);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
