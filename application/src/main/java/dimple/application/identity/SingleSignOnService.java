package dimple.application.identity;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.ProviderLink;
import dimple.domain.identity.ProviderLinkRepository;
import dimple.domain.identity.Role;
import dimple.domain.identity.SignedInSessionRepository;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs in a person the OpenID provider vouched for (docs/adr/0032). The account is found by the provider's
 * issuer and subject; at the first sign-in one is opened (an employee, with a username made from the
 * provider's username claim). At every sign-in the person's roles and teams are set again from their
 * groups ({@link GroupMapping}): a group removed at the provider takes its role or team away at the next
 * sign-in, and a change ends the person's other sessions, as an administrator's change does (ADR 13).
 *
 * <p>An existing account is never linked because its username or e-mail looks like the provider's: that
 * would let whoever controls a name at the provider take over a local account (the first administrator's
 * included). A provisioned username that is taken gets a number ({@code emma-2}).
 *
 * <p>The provider's mail address becomes the account's only when the account is opened, and only when the
 * provider says it verified it ({@code email_verified}): later sign-ins never change an address, so one an
 * administrator or the person set (or removed) stays as they left it.
 *
 * <p>Used only by the sign-in itself, before anybody is signed in: no permission check (like {@link SignInService}).
 */
@ApplicationScoped
@Transactional
public class SingleSignOnService {
    /** The channel named in the audit trail for a sign-in through the provider. */
    public static final String CHANNEL = "page, single sign-on";
    static final int MAX_BASE_LENGTH = 36;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountRepository accounts;
    private TeamRepository teams;
    private ProviderLinkRepository links;
    private SignedInSessionRepository sessions;
    private PasswordHasher hasher;
    private AuditTrail audit;
    private Clock clock;

    protected SingleSignOnService() {
    }

    @Inject
    public SingleSignOnService(AccountRepository accounts, TeamRepository teams, ProviderLinkRepository links, SignedInSessionRepository sessions,
                               PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.teams = teams;
        this.links = links;
        this.sessions = sessions;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public ProviderSignInOutcome signIn(ProviderIdentity who, GroupMapping mapping) {
        Instant now = clock.instant();
        Set<Role> roles = mapping.rolesFor(who.groups());
        Optional<ProviderLink> link = links.find(who.issuer(), who.subject());
        Optional<Account> linked = link.flatMap(l -> accounts.findById(l.accountId()));
        String named = linked.map(Account::username).orElse(AuditAction.ANONYMOUS);
        if (roles.contains(Role.ADMIN) && roles.stream().anyMatch(Account.READING_ROLES::contains)) {
            audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_REFUSED, named,
                    CHANNEL + ", the groups give administrator together with leader or HR");
            return ProviderSignInOutcome.refused(ProviderSignInOutcome.Refusal.ROLES_IN_CONFLICT);
        }
        Account account;
        boolean opened = linked.isEmpty();
        if (opened) {
            account = open(who, now);
        } else {
            account = linked.get();
            if (!account.enabled()) {
                audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_REFUSED, account.username(), CHANNEL + ", account disabled");
                return ProviderSignInOutcome.refused(ProviderSignInOutcome.Refusal.DISABLED);
            }
        }
        String before = describe(account);
        apply(account, roles, teamsNamed(who.groups()));
        String name = displayName(who, account.username());
        if (!name.equals(account.displayName())) {
            account.rename(name);
        }
        accounts.save(account);
        String after = describe(account);
        if (opened) {
            audit.recordAs(AuditAction.SYSTEM, AuditAction.ACCOUNT_CREATED, account.username(), "by single sign-on: " + after);
        } else if (!before.equals(after)) {
            int ended = sessions.deleteByAccountExcept(account.id(), null);
            audit.recordAs(AuditAction.SYSTEM, AuditAction.ACCOUNT_CHANGED, account.username(),
                    "by the provider's groups at single sign-on: " + after + (ended > 0 ? "; " + ended + " sessions ended" : ""));
        }
        audit.recordAs(account.username(), AuditAction.SIGNED_IN, account.username(), CHANNEL);
        return ProviderSignInOutcome.accepted(account.username());
    }

    private Account open(ProviderIdentity who, Instant now) {
        String username = freeUsername(usernameBase(who.username()));
        // Nobody knows this password: the account signs in through the provider (an administrator's reset can
        // still give it a one-time password, the break-glass way in when the provider is down).
        byte[] unknown = new byte[32];
        RANDOM.nextBytes(unknown);
        Account account = Account.open(username, displayName(who, username), hasher.hash(HexFormat.of().formatHex(unknown)),
                EnumSet.of(Role.EMPLOYEE), now);
        if (who.emailVerified() && Account.isValidEmail(who.email() == null ? null : who.email().strip())) {
            account.changeEmail(who.email());
        }
        accounts.save(account);
        links.save(ProviderLink.of(account.id(), who.issuer(), who.subject(), now));
        return account;
    }

    /**
     * Sets roles and teams together. Leadership is emptied first, so that taking the leader role away never
     * trips the rule that a team's leader holds it; a leader leads the teams their groups make them a member of.
     */
    private static void apply(Account account, Set<Role> roles, Set<String> teamIds) {
        account.assignTeams(teamIds, Set.of());
        account.assignRoles(roles);
        account.assignTeams(teamIds, roles.contains(Role.LEADER) ? teamIds : Set.of());
    }

    private Set<String> teamsNamed(Set<String> groups) {
        if (groups.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = groups.stream().map(GroupMapping::key).collect(Collectors.toSet());
        return teams.findAll().stream().filter(t -> keys.contains(GroupMapping.key(t.name()))).map(Team::id).collect(Collectors.toSet());
    }

    private String describe(Account account) {
        List<String> teamNames = teams.findByIds(account.memberOf()).stream().map(Team::name).sorted().toList();
        List<String> ledNames = teams.findByIds(account.leadsTeams()).stream().map(Team::name).sorted().toList();
        return "roles=" + account.roles().stream().sorted().map(Role::name).toList() + " teams=" + teamNames + " leads=" + ledNames;
    }

    private static String displayName(ProviderIdentity who, String username) {
        String name = who.displayName() == null ? "" : who.displayName().strip();
        if (name.isEmpty()) {
            return username;
        }
        return name.length() > Account.MAX_DISPLAY_NAME_LENGTH ? name.substring(0, Account.MAX_DISPLAY_NAME_LENGTH).strip() : name;
    }

    private String freeUsername(String base) {
        if (accounts.findByUsername(base).isEmpty()) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (accounts.findByUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /**
     * A username Account accepts, made from the provider's username claim: the part before an {@code @},
     * accents dropped, lower case, any other character a dash, at most {@value #MAX_BASE_LENGTH} characters
     * (room for a number); {@code user} when nothing usable is left.
     */
    static String usernameBase(String claim) {
        String name = claim == null ? "" : claim.strip();
        int at = name.indexOf('@');
        if (at > 0) {
            name = name.substring(0, at);
        }
        name = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        if (name.length() > MAX_BASE_LENGTH) {
            name = name.substring(0, MAX_BASE_LENGTH);
        }
        name = name.replaceAll("[._-]+$", "");
        return Account.isValidUsername(name) ? name : "user";
    }
}
