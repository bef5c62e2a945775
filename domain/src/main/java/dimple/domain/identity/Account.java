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
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to Dimple: their roles, the teams they belong to and the teams they lead.
 * The password is only ever held as a hash. After an administrator resets it, the account holds a
 * one-time password that opens nothing but the password page (see docs/adr/0014).
 *
 * <p>Separation of duties: an administrator never holds a role that reads records (leader, HR), so
 * whoever manages accounts cannot give themselves a way to read reports or coaching records.
 */
@Entity
@Table(name = "account")
public class Account {
    /** A one-time password from a reset works this long; then only a new reset helps. */
    public static final java.time.Duration ONE_TIME_PASSWORD_LIFETIME = java.time.Duration.ofHours(24);
    /** The roles that read records; none of them goes with {@link Role#ADMIN}. */
    public static final Set<Role> READING_ROLES = Set.of(Role.LEADER, Role.HR);
    public static final int MAX_DISPLAY_NAME_LENGTH = 100;
    public static final int MAX_EMAIL_LENGTH = 254;
    /** One @, no spaces or angle brackets or commas (so it can be neither two addresses nor a header), a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"()\\[\\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");
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

    /** Set by an administrator's reset: the password is a one-time password that only opens the password page. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** When an administrator last reset the password; shown to the person on their account page. */
    @Column(name = "password_reset_at")
    private Instant passwordResetAt;

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

    /** Where mail reaches the person; null: no mail (docs/adr/0030). */
    @Column(length = MAX_EMAIL_LENGTH)
    private String email;

    /** The language the person chose for pages ({@code de}, {@code en}); null: their browser's (ADR 45). */
    @Column(name = "page_language", length = 8)
    private String language;

    /** The person's time zone, an IANA id such as {@code Europe/Berlin}; null: the organisation's (ADR 45). */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

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

    /** Sets where mail reaches the person; blank or null removes it. */
    public void changeEmail(String newEmail) {
        String trimmed = newEmail == null ? "" : newEmail.strip();
        if (trimmed.isEmpty()) {
            this.email = null;
            return;
        }
        if (!isValidEmail(trimmed)) {
            throw new EmailAddressRefused();
        }
        this.email = trimmed;
    }

    public static boolean isValidEmail(String email) {
        return email != null && email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches();
    }

    /** Where mail reaches the person, if anywhere. */
    public java.util.Optional<String> email() {
        return java.util.Optional.ofNullable(email);
    }

    /**
     * The language and time zone the person's pages use; null for either: the browser's language, the
     * organisation's time zone. The use case has checked that both are ones Dimple knows.
     */
    public void chooseLanguageAndTimeZone(String newLanguage, String newTimeZone) {
        this.language = newLanguage == null || newLanguage.isBlank() ? null : newLanguage;
        this.timeZone = newTimeZone == null || newTimeZone.isBlank() ? null : newTimeZone;
    }

    /** The language the person chose for pages, if they chose one. */
    public java.util.Optional<String> language() {
        return java.util.Optional.ofNullable(language);
    }

    /** The time zone the person chose, if they chose one. */
    public java.util.Optional<String> timeZone() {
        return java.util.Optional.ofNullable(timeZone);
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName);
    }

    public void assignRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new AccountNeedsARole();
        }
        EnumSet<Role> next = EnumSet.copyOf(newRoles);
        if (holdsAdminWithReadingRole(next)) {
            throw new AdministratorsReadNoRecords();
        }
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

    /** The person chose a new password (also after a reset: the one-time password is gone with it). */
    public void changePasswordHash(String newHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = Objects.requireNonNull(at);
        this.mustChangePassword = false;
    }

    /**
     * An administrator reset the password: the account now holds a one-time password that opens only
     * the password page, until the person chooses a new one.
     */
    public void resetPassword(String oneTimeHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(oneTimeHash);
        this.passwordChangedAt = Objects.requireNonNull(at);
        this.passwordResetAt = at;
        this.mustChangePassword = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /**
     * What this account may do now. Nothing but its own sign-in matters while it holds a one-time
     * password. An administrator who also holds a reading role (possible only in data from before the
     * rule) acts as an administrator only: the reading role has no effect until one of them is removed.
     */
    public Set<String> permissions() {
        if (mustChangePassword) {
            return Set.of(Permission.ACCOUNT_OWN);
        }
        Set<String> permissions = new HashSet<>();
        roles.stream().filter(role -> !(roles.contains(Role.ADMIN) && READING_ROLES.contains(role)))
                .forEach(role -> permissions.addAll(role.permissions()));
        return Set.copyOf(permissions);
    }

    /** True for accounts stored before the separation-of-duties rule that break it; the admin pages say so. */
    public boolean holdsAdminWithReadingRole() {
        return holdsAdminWithReadingRole(roles);
    }

    private static boolean holdsAdminWithReadingRole(Set<Role> roles) {
        return roles.contains(Role.ADMIN) && roles.stream().anyMatch(READING_ROLES::contains);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Holds a one-time password that is too old to use ({@link #ONE_TIME_PASSWORD_LIFETIME}). */
    public boolean oneTimePasswordExpiredAt(Instant now) {
        return mustChangePassword && passwordResetAt != null && !now.isBefore(passwordResetAt.plus(ONE_TIME_PASSWORD_LIFETIME));
    }

    public Instant passwordResetAt() {
        return passwordResetAt;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isMemberOf(String teamId) {
        return memberOf.contains(teamId);
    }

    /** Leads this team, in effect: leadership has no effect for an administrator (see {@link #permissions()}). */
    public boolean leads(String teamId) {
        return !roles.contains(Role.ADMIN) && leads.contains(teamId);
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

    /** The teams this person leads in effect (none for an administrator). */
    public Set<String> leadsTeams() {
        return roles.contains(Role.ADMIN) ? Set.of() : Set.copyOf(leads);
    }

    public long version() {
        return version;
    }
}
