package dimple.domain.identity;

import java.util.Set;

/** What a person does in the organisation. One person may hold several roles. */
public enum Role {
    EMPLOYEE(Set.of(Permission.SELF_USE)),
    LEADER(Set.of(Permission.SELF_USE)),
    HR(Set.of(Permission.SELF_USE)),
    ADMIN(Set.of(Permission.SELF_USE, Permission.ACCOUNT_MANAGE, Permission.TEAM_MANAGE, Permission.AUDIT_READ));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        this.permissions = permissions;
    }

    public Set<String> permissions() {
        return permissions;
    }
}
