package dimple.domain.identity;

/**
 * Every permission Dimple checks, as {@code context:action}. Services name these constants; roles map
 * to them in {@link Role}, the one place where that mapping lives.
 */
public final class Permission {
    /** Use Dimple at all: see the dashboard, one's own profile and change one's own password. */
    public static final String SELF_USE = "self:use";
    public static final String ACCOUNT_MANAGE = "account:manage";
    public static final String TEAM_MANAGE = "team:manage";
    public static final String AUDIT_READ = "audit:read";

    private Permission() {
    }
}
