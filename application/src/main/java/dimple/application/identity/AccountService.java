package dimple.application.identity;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.PageView;
import dimple.application.shared.Paging;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.application.shared.TakenMeanwhile;
import dimple.domain.identity.Account;
import dimple.domain.identity.AdministratorsReadNoRecords;
import dimple.domain.identity.SignInDelay;
import dimple.domain.identity.SignInDelayRepository;
import dimple.domain.identity.SignedInSessionRepository;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Message;
import dimple.domain.shared.UniqueKeyTaken;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.ProviderLinkRepository;
import dimple.domain.identity.LastAdminStays;
import dimple.domain.identity.OwnAccountStaysEnabled;
import dimple.domain.identity.PasswordPolicy;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Accounts: administration (admins) and one's own profile and password (everyone signed in). */
@ApplicationScoped
@Transactional
public class AccountService {
    private AccountRepository accounts;
    private TeamRepository teams;
    private PasswordHasher hasher;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private SignInService signIns;
    private SignedInSessionRepository sessions;
    private SignInDelayRepository delays;
    private ProviderLinkRepository links;
    private Clock clock;

    protected AccountService() {
    }

    @Inject
    public AccountService(AccountRepository accounts, TeamRepository teams, PasswordHasher hasher, CurrentUser currentUser,
                          CurrentActor actor, AuditTrail audit, SignInService signIns, SignedInSessionRepository sessions,
                          SignInDelayRepository delays, ProviderLinkRepository links, Clock clock) {
        this.sessions = sessions;
        this.links = links;
        this.delays = delays;
        this.accounts = accounts;
        this.teams = teams;
        this.hasher = hasher;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.signIns = signIns;
        this.clock = clock;
    }

    /** Also for a person holding a one-time password: the page frame and the password page need to know who it is. */
    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public MeView me() {
        Account me = actor.account(accounts);
        Map<String, String> names = teamNames();
        return new MeView(me.username(), me.displayName(), roleNames(me.roles()), sortedNames(me.memberOf(), names),
                sortedNames(me.leadsTeams(), names), me.permissions(), me.passwordChangedAt(), me.passwordResetAt(), me.mustChangePassword());
    }

    /**
     * A wrong current password counts like a failed sign-in from the same address (sign-in delays), and
     * that count is kept although the change itself is refused (hence no rollback for {@link InvalidInput}:
     * every other refusal here happens before anything changed). A changed password ends every other
     * session of the person; a one-time password from an administrator is replaced by the new one.
     */
    @RequiresPermissions(Permission.ACCOUNT_OWN)
    @Transactional(dontRollbackOn = InvalidInput.class)
    public void changeOwnPassword(ChangeOwnPassword command) {
        Account me = actor.account(accounts);
        Check.input()
                .required("currentPassword", command.currentPassword(), "field.currentPassword")
                .required("newPassword", command.newPassword(), "field.newPassword")
                .orRefuse();
        Optional<Instant> wait = signIns.waitUntil(me.username(), currentUser.clientAddress(), clock.instant());
        if (wait.isPresent()) {
            throw InvalidInput.of("currentPassword", "input.password.waitAfterWrong", wait.get().truncatedTo(ChronoUnit.SECONDS));
        }
        if (!hasher.matches(command.currentPassword(), me.passwordHash())) {
            audit.record(AuditAction.SIGN_IN_FAILED, me.username(), "wrong current password while changing password");
            signIns.recordWrongPassword(me.username(), currentUser.clientAddress());
            throw InvalidInput.of("currentPassword", "input.password.currentWrong");
        }
        Check.input().problems("newPassword", PasswordPolicy.problems(command.newPassword(), me.username(), me.displayName())).orRefuse();
        boolean afterReset = me.mustChangePassword();
        me.changePasswordHash(hasher.hash(command.newPassword()), clock.instant());
        accounts.save(me);
        signIns.forget(me.username());
        int ended = SessionService.endOthersOf(sessions, currentUser, me);
        audit.record(AuditAction.PASSWORD_CHANGED, me.username(), (afterReset ? "replacing a one-time password; " : "")
                + ended + " other sessions ended");
    }

    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public PageView<AccountView> list(String text, Integer page, Integer size) {
        Check.input().maxLength("q", text, 100, "field.searchText").orRefuse();
        Map<String, String> names = teamNames();
        return Paging.view(accounts.search(text == null ? "" : text.strip(), Paging.request(page, size)), a -> view(a, names));
    }

    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public AccountView find(String username) {
        return view(existing(username), teamNames());
    }

    /**
     * Opens an account. The password is hashed before the username is checked, so that the check and the
     * insert follow each other closely; when someone creates the same username between them anyway, the
     * database's unique key refuses the second, and the answer names the field as the check would have
     * (409 instead of 400: it was free when checked).
     */
    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public AccountView create(CreateAccount command) {
        Check check = Check.input()
                .required("username", command.username(), "field.username")
                .that(command.username() == null || command.username().isBlank() || Account.isValidUsername(command.username()),
                        "username", "input.username.shape")
                .required("displayName", command.displayName(), "field.displayName")
                .maxLength("displayName", command.displayName(), Account.MAX_DISPLAY_NAME_LENGTH, "field.displayName")
                .problems("password", PasswordPolicy.problems(command.password(), command.username(), command.displayName()))
                .required("roles", command.roles(), "field.atLeastOneRole");
        List<Role> roles = check.allKnown("roles", command.roles(), Role.class, "field.aRole");
        List<Team> memberTeams = teamsNamed(check, "teams", command.teams());
        List<Team> ledTeams = teamsNamed(check, "leads", command.leads());
        check.that(ledTeams.isEmpty() || roles.contains(Role.LEADER), "leads", "rule.leadershipNeedsLeaderRole");
        check.that(!adminWithReadingRole(roles), "roles", AdministratorsReadNoRecords.CODE);
        String passwordHash = check.hasProblems() ? null : hasher.hash(command.password());
        if (Account.isValidUsername(command.username())) {
            check.that(accounts.findByUsername(command.username()).isEmpty(), "username", "input.username.taken");
        }
        check.orRefuse();
        Account account = Account.open(command.username(), command.displayName().strip(), passwordHash, EnumSet.copyOf(roles), clock.instant());
        account.assignTeams(ids(memberTeams), ids(ledTeams));
        try {
            accounts.save(account);
        } catch (UniqueKeyTaken taken) {
            throw new TakenMeanwhile("username", "input.username.taken");
        }
        audit.record(AuditAction.ACCOUNT_CREATED, account.username(), describe(account));
        return view(account, teamNames());
    }

    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public AccountView update(UpdateAccount command) {
        Account account = existing(command.username());
        String before = describe(account);
        Check check = Check.input()
                .that(command.displayName() == null || !command.displayName().isBlank(), "displayName", "input.required", Message.of("field.displayName"))
                .maxLength("displayName", command.displayName(), Account.MAX_DISPLAY_NAME_LENGTH, "field.displayName")
                .that(command.roles() == null || !command.roles().isEmpty(), "roles", "input.required", Message.of("field.atLeastOneRole"));
        List<Role> roles = command.roles() == null ? new ArrayList<>(account.roles()) : check.allKnown("roles", command.roles(), Role.class, "field.aRole");
        List<Team> memberTeams = command.teams() == null ? teams.findByIds(account.memberOf()) : teamsNamed(check, "teams", command.teams());
        List<Team> ledTeams = command.leads() == null ? teams.findByIds(account.leadsTeams()) : teamsNamed(check, "leads", command.leads());
        check.that(ledTeams.isEmpty() || roles.contains(Role.LEADER), "leads", "rule.leadershipNeedsLeaderRole");
        check.that(!adminWithReadingRole(roles), "roles", AdministratorsReadNoRecords.CODE);
        check.orRefuse();
        boolean rolesChange = !EnumSet.copyOf(roles).equals(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
        if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN) && account.enabled()) {
            requireAnotherAdmin();
        }
        if (command.displayName() != null) {
            account.rename(command.displayName().strip());
        }
        account.assignTeams(List.of(), List.of());
        account.assignRoles(roles);
        account.assignTeams(ids(memberTeams), ids(ledTeams));
        accounts.save(account);
        String after = describe(account);
        if (!before.equals(after)) {
            audit.record(AuditAction.ACCOUNT_CHANGED, account.username(), before + " -> " + after);
        }
        if (rolesChange) {
            endAllSessions(account, "roles changed");
        }
        return view(account, teamNames());
    }

    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public AccountView disable(String username) {
        Account account = existing(username);
        if (account.username().equals(currentUser.require())) {
            throw new OwnAccountStaysEnabled();
        }
        if (account.enabled() && account.hasRole(Role.ADMIN)) {
            requireAnotherAdmin();
        }
        account.disable();
        accounts.save(account);
        signIns.forget(account.username());
        audit.record(AuditAction.ACCOUNT_DISABLED, account.username(), null);
        endAllSessions(account, "account disabled");
        return view(account, teamNames());
    }

    /** Enables the account again. */
    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public AccountView enable(String username) {
        Account account = existing(username);
        account.enable();
        accounts.save(account);
        audit.record(AuditAction.ACCOUNT_ENABLED, account.username(), null);
        return view(account, teamNames());
    }

    /**
     * An administrator resets a person's password: the account gets a one-time password, shown to the
     * administrator once, that opens only the page where its holder chooses a new password (never "my
     * reports" or anything else). Every session of the person ends; the person sees the reset on their
     * account page.
     */
    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public ResetPassword resetPassword(String username) {
        Account account = existing(username);
        String oneTime = OneTimePasswords.next();
        account.resetPassword(hasher.hash(oneTime), clock.instant());
        accounts.save(account);
        signIns.forget(account.username());
        int ended = sessions.deleteByAccountExcept(account.id(), null);
        audit.record(AuditAction.PASSWORD_RESET, account.username(), "one-time password issued; " + ended + " sessions ended");
        return new ResetPassword(account.username(), oneTime);
    }

    /** The counts of failed sign-ins that slow someone down now, longest wait first. */
    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public List<SignInDelayView> signInDelays() {
        Instant now = clock.instant();
        return delays.blockedAt(now).stream().map(AccountService::delayView).toList();
    }

    /** The counts of failed sign-ins for this username (from any address), waiting or not. */
    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public List<SignInDelayView> signInDelaysOf(String username) {
        Account account = existing(username);
        return delays.findByUsername(account.username()).stream().map(AccountService::delayView).toList();
    }

    /** Clears one count of failed sign-ins, so its username or address may try again at once. */
    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public void clearSignInDelay(String delayId) {
        SignInDelay delay = (Ids.looksLikeId(delayId) ? delays.findById(delayId) : Optional.<SignInDelay>empty())
                .orElseThrow(() -> new RecordNotFound("signInDelay"));
        delays.delete(delay.id());
        audit.record(AuditAction.SIGN_IN_DELAY_CLEARED, delay.username() == null ? delay.address() : delay.username(),
                delay.username() == null ? "address" : "username from " + delay.address());
    }

    private static SignInDelayView delayView(SignInDelay d) {
        return new SignInDelayView(d.id(), d.username(), d.address(), d.failures(), d.lastFailureAt(), d.blockedUntil());
    }

    private void endAllSessions(Account account, String why) {
        int ended = sessions.deleteByAccountExcept(account.id(), null);
        if (ended > 0) {
            audit.record(AuditAction.SESSIONS_ENDED, account.username(), ended + " sessions, " + why);
        }
    }

    private static boolean adminWithReadingRole(Collection<Role> roles) {
        return roles.contains(Role.ADMIN) && roles.stream().anyMatch(Account.READING_ROLES::contains);
    }

    private void requireAnotherAdmin() {
        if (accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new LastAdminStays();
        }
    }

    private Account existing(String username) {
        if (username == null || !Account.isValidUsername(username)) {
            throw new RecordNotFound("account");
        }
        return accounts.findByUsername(username).orElseThrow(() -> new RecordNotFound("account"));
    }

    private List<Team> teamsNamed(Check check, String field, Collection<String> names) {
        List<Team> found = new ArrayList<>();
        if (names == null) {
            return found;
        }
        for (String name : new LinkedHashSet<>(names)) {
            if (name == null || name.isBlank()) {
                check.that(false, field, "input.team.nameEmpty");
                continue;
            }
            teams.findByName(name.strip()).ifPresentOrElse(found::add,
                    () -> check.that(false, field, "input.team.unknown", abbreviate(name)));
        }
        return found;
    }

    private static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }

    private static Set<String> ids(List<Team> teams) {
        return teams.stream().map(Team::id).collect(Collectors.toSet());
    }

    private Map<String, String> teamNames() {
        return teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name));
    }

    private String describe(Account account) {
        Map<String, String> names = teamNames();
        return "name=" + account.displayName() + " roles=" + roleNames(account.roles()) + " teams=" + sortedNames(account.memberOf(), names)
                + " leads=" + sortedNames(account.leadsTeams(), names);
    }

    static List<String> roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }

    static List<String> sortedNames(Set<String> teamIds, Map<String, String> names) {
        return teamIds.stream().map(names::get).filter(n -> n != null).sorted(Comparator.comparing(Function.identity())).toList();
    }

    private AccountView view(Account a, Map<String, String> names) {
        return new AccountView(a.username(), a.displayName(), roleNames(a.roles()), sortedNames(a.memberOf(), names),
                sortedNames(a.leadsTeams(), names), a.enabled(), a.createdAt(), sessions.countByAccount(a.id()), a.mustChangePassword(),
                a.passwordResetAt(), a.holdsAdminWithReadingRole(), !links.linkedAmong(List.of(a.id())).isEmpty());
    }
}
