package dimple.application;

import dimple.application.audit.AuditService;
import dimple.application.audit.AuditTrail;
import dimple.application.audit.InMemoryAuditEntries;
import dimple.application.audit.InMemoryConfidentialActivity;
import dimple.application.bootstrap.DemoData;
import dimple.application.bootstrap.FirstRun;
import dimple.application.identity.AccountService;
import dimple.application.identity.FakeCurrentActor;
import dimple.application.identity.InMemoryAccounts;
import dimple.application.identity.InMemoryProviderLinks;
import dimple.application.identity.SingleSignOnService;
import dimple.application.identity.InMemorySessions;
import dimple.application.identity.InMemorySignInDelays;
import dimple.application.identity.SessionPolicy;
import dimple.application.identity.SessionService;
import dimple.application.identity.InMemoryTeams;
import dimple.application.identity.PlainHasher;
import dimple.application.identity.SignInService;
import dimple.application.identity.TeamService;
import dimple.application.shared.FakeCurrentUser;
import dimple.application.shared.TestClock;
import dimple.domain.identity.Account;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The services wired as CDI would wire them, over in-memory fakes of the ports. One per test: nothing
 * is shared between tests. Permission checks are not applied here (that interceptor is tested on its own).
 */
public class InMemoryDimple {
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    public static final String[] ADMIN_PERMISSIONS = {
            Permission.SELF_USE, Permission.ACCOUNT_OWN, Permission.ACCOUNT_MANAGE, Permission.TEAM_MANAGE, Permission.AUDIT_READ};

    public final TestClock clock = new TestClock(START);
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemoryTeams teams = new InMemoryTeams();
    public final InMemoryAuditEntries auditEntries = new InMemoryAuditEntries();
    public final InMemoryConfidentialActivity confidentialActivity = new InMemoryConfidentialActivity();
    public final InMemorySessions sessions = new InMemorySessions();
    public final InMemorySignInDelays delays = new InMemorySignInDelays();
    public final InMemoryProviderLinks providerLinks = new InMemoryProviderLinks();
    public final FakeCurrentUser currentUser = FakeCurrentUser.anonymous();
    public final FakeCurrentActor actor = new FakeCurrentActor(currentUser, accounts);
    public final PlainHasher hasher = new PlainHasher();
    public final AuditTrail audit = new AuditTrail(auditEntries, confidentialActivity, currentUser, clock);
    public final SignInService signIns = new SignInService(accounts, delays, hasher, audit, clock);
    public final AccountService accountService = new AccountService(accounts, teams, hasher, currentUser, actor, audit, signIns, sessions, delays, providerLinks, clock);
    public final SessionService sessionService = new SessionService(sessions, accounts, currentUser, actor, audit, SessionPolicy.DEFAULT, clock);
    public final SingleSignOnService singleSignOn = new SingleSignOnService(accounts, teams, providerLinks, sessions, hasher, audit, clock);
    public final TeamService teamService = new TeamService(teams, accounts, audit, clock);
    public final DemoData demoData = new DemoData(accounts, teams, hasher, audit, clock);
    public final FirstRun firstRun = new FirstRun(accounts, hasher, audit, demoData, clock);
    public final AuditService auditService = new AuditService(auditEntries);

    /** An account stored directly, as if it had been made earlier; the hasher's counters are left at zero. */
    public Account givenAccount(String username, String password, Role... roles) {
        Account account = Account.open(username, username + " Example", PlainHasher.encode(password), Set.of(roles), clock.instant());
        accounts.save(account);
        return account;
    }

    public Account givenLeader(String username, String password, Team leads) {
        Account account = givenAccount(username, password, Role.EMPLOYEE, Role.LEADER);
        account.assignTeams(List.of(), List.of(leads.id()));
        accounts.save(account);
        return account;
    }

    public Team givenTeam(String name) {
        Team team = Team.found(name, clock.instant());
        teams.save(team);
        return team;
    }

    /** Signs in from one fixed address; the username when accepted, empty when refused or made to wait. */
    public java.util.Optional<String> signIn(String username, String password, String channel) {
        return signInFrom(username, password, channel, "192.0.2.10");
    }

    public java.util.Optional<String> signInFrom(String username, String password, String channel, String address) {
        var outcome = signIns.verify(username, password, channel, address);
        return outcome.accepted() ? java.util.Optional.of(outcome.username()) : java.util.Optional.empty();
    }

    public void signInAsAdmin(String username) {
        currentUser.signedInAs(username, ADMIN_PERMISSIONS);
    }
}
