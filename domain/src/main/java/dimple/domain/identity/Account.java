package dimple.domain.identity;

import dimple.domain.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to Dimple: their roles, the teams they belong to and the teams they lead,
 * and the state of their sign-in throttle. The password is only ever held as a hash.
 */
@Entity
@Table(name = "account")
public class Account {
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int MAX_DISPLAY_NAME_LENGTH = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "team_id", length = 36)
    private Set<String> memberOf = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_leader", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "team_id", length = 36)
    private Set<String> leads = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    /** Opens an enabled account. The caller has checked the password against the policy and hashed it. */
    public static Account open(String username, String displayName, String passwordHash, Set<Role> roles, Instant at) {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("invalid username");
        }
        Account account = new Account();
        account.id = Ids.newId();
        account.username = username;
        account.displayName = Objects.requireNonNull(displayName);
        account.passwordHash = Objects.requireNonNull(passwordHash);
        account.enabled = true;
        account.createdAt = Objects.requireNonNull(at);
        account.passwordChangedAt = at;
        account.assignRoles(roles);
        return account;
    }

    /** Usernames are 2 to 40 characters: lower-case letters, digits, dot, dash and underscore, starting with a letter or digit. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName);
    }

    public void assignRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new AccountNeedsARole();
        }
        EnumSet<Role> next = EnumSet.copyOf(newRoles);
        if (!next.contains(Role.LEADER) && !leads.isEmpty()) {
            throw new LeadershipNeedsLeaderRole();
        }
        roles.clear();
        roles.addAll(next);
    }

    /** Sets the teams this person belongs to and the teams they lead. A leader is also counted as a member. */
    public void assignTeams(Collection<String> memberTeamIds, Collection<String> ledTeamIds) {
        Set<String> nextLeads = new HashSet<>(ledTeamIds == null ? Set.of() : ledTeamIds);
        if (!nextLeads.isEmpty() && !roles.contains(Role.LEADER)) {
            throw new LeadershipNeedsLeaderRole();
        }
        Set<String> nextMembers = new HashSet<>(memberTeamIds == null ? Set.of() : memberTeamIds);
        nextMembers.addAll(nextLeads);
        memberOf.clear();
        memberOf.addAll(nextMembers);
        leads.clear();
        leads.addAll(nextLeads);
    }

    public void changePasswordHash(String newHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = Objects.requireNonNull(at);
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /**
     * Counts a failed sign-in. The fifth failure in a row locks the account for {@link #LOCK_DURATION}.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailedSignIn(Instant at) {
        if (isLockedAt(at)) {
            return false;
        }
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            lockedUntil = at.plus(LOCK_DURATION);
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /** May this account sign in at this moment (enabled and not locked)? The password is checked elsewhere. */
    public boolean maySignInAt(Instant at) {
        return enabled && !isLockedAt(at);
    }

    public Set<String> permissions() {
        Set<String> permissions = new HashSet<>();
        roles.forEach(role -> permissions.addAll(role.permissions()));
        return Set.copyOf(permissions);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isMemberOf(String teamId) {
        return memberOf.contains(teamId);
    }

    public boolean leads(String teamId) {
        return leads.contains(teamId);
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Set<String> memberOf() {
        return Set.copyOf(memberOf);
    }

    public Set<String> leadsTeams() {
        return Set.copyOf(leads);
    }

    public long version() {
        return version;
    }
}
