package dimple.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.domain.audit.AuditEntry;
import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.SignedInSession;
import dimple.domain.identity.Team;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SingleSignOnServiceTest {
    private static final String ISSUER = "https://id.example.com/realms/staff";
    private static final GroupMapping MAPPING = GroupMapping.parse("dimple-leaders", "People Team", "dimple-admins, it-ops");

    private final InMemoryDimple dimple = new InMemoryDimple();
    private final Team frontDesk = dimple.givenTeam("Front Desk");
    private final Team online = dimple.givenTeam("Online Orders");

    private static ProviderIdentity person(String subject, String username, String name, String... groups) {
        return new ProviderIdentity(ISSUER, subject, username, name, username + "@example.com", true, Set.of(groups));
    }

    private static ProviderIdentity withMail(String subject, String username, String email, boolean verified) {
        return new ProviderIdentity(ISSUER, subject, username, username, email, verified, Set.of());
    }

    private Account account(String username) {
        return dimple.accounts.findByUsername(username).orElseThrow();
    }

    @Test
    void firstSignIn_opensAnEmployeeAccountLinkedToTheProvidersSubject_andAuditsIt() {
        ProviderSignInOutcome outcome = dimple.singleSignOn.signIn(person("sub-1", "Zoë.Müller@example.com", "Zoë Müller"), MAPPING);

        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.username()).isEqualTo("zoe.muller");
        Account opened = account("zoe.muller");
        assertThat(opened.displayName()).isEqualTo("Zoë Müller");
        assertThat(opened.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(opened.memberOf()).isEmpty();
        assertThat(dimple.providerLinks.find(ISSUER, "sub-1")).hasValueSatisfying(l -> assertThat(l.accountId()).isEqualTo(opened.id()));
        assertThat(dimple.auditEntries.all()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ACCOUNT_CREATED, AuditAction.SIGNED_IN);
        assertThat(dimple.auditEntries.last().detail()).isEqualTo(SingleSignOnService.CHANNEL);
    }

    @Test
    void aNameTakenByALocalAccount_isNeverLinkedToIt_theNewAccountGetsANumber() {
        Account local = dimple.givenAccount("admin", "a long enough passphrase", Role.ADMIN);

        ProviderSignInOutcome outcome = dimple.singleSignOn.signIn(person("sub-2", "admin", "Not The Admin", "dimple-admins"), MAPPING);

        assertThat(outcome.username()).isEqualTo("admin-2");
        assertThat(dimple.providerLinks.linkedAmong(Set.of(local.id()))).isEmpty();
        assertThat(account("admin").displayName()).isEqualTo("admin Example");
    }

    @Test
    void theSameSubjectSignsInToTheSameAccount_whateverItsUsernameClaimSaysNow() {
        dimple.singleSignOn.signIn(person("sub-3", "emma", "Emma"), MAPPING);

        ProviderSignInOutcome again = dimple.singleSignOn.signIn(person("sub-3", "emma.renamed", "Emma Renamed"), MAPPING);

        assertThat(again.username()).isEqualTo("emma");
        assertThat(account("emma").displayName()).isEqualTo("Emma Renamed");
        assertThat(dimple.providerLinks.count()).isEqualTo(1);
        assertThat(dimple.accounts.findByUsername("emma.renamed")).isEmpty();
    }

    @Test
    void groups_giveRolesAndTeamsByName_andALeaderLeadsTheirTeams() {
        dimple.singleSignOn.signIn(person("sub-4", "lena", "Lena", "front desk", "dimple-leaders", "Some Other Group"), MAPPING);

        Account lena = account("lena");
        assertThat(lena.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.LEADER);
        assertThat(lena.memberOf()).containsExactly(frontDesk.id());
        assertThat(lena.leadsTeams()).containsExactly(frontDesk.id());
        assertThat(dimple.teams.findAll()).hasSize(2);
    }

    @Test
    void aGroupRemovedAtTheProvider_takesItsRoleAndTeamAwayAtTheNextSignIn_andEndsTheOtherSessions() {
        dimple.singleSignOn.signIn(person("sub-5", "leo", "Leo", "Online Orders", "dimple-leaders"), MAPPING);
        Account leo = account("leo");
        dimple.sessions.save(SignedInSession.start(leo.id(), "a".repeat(64), "Firefox on Linux", dimple.clock.instant(), Duration.ofHours(12)));

        dimple.singleSignOn.signIn(person("sub-5", "leo", "Leo", "Front Desk"), MAPPING);

        Account after = account("leo");
        assertThat(after.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(after.memberOf()).containsExactly(frontDesk.id());
        assertThat(after.leadsTeams()).isEmpty();
        assertThat(dimple.sessions.size()).isZero();
        AuditEntry changed = dimple.auditEntries.withAction(AuditAction.ACCOUNT_CHANGED).get(0);
        assertThat(changed.target()).isEqualTo("leo");
        assertThat(changed.detail()).contains("roles=[EMPLOYEE]", "teams=[Front Desk]", "leads=[]", "1 sessions ended");
    }

    @Test
    void unchangedGroups_changeNothingAndEndNoSession() {
        dimple.singleSignOn.signIn(person("sub-6", "hana", "Hana", "people team"), MAPPING);
        Account hana = account("hana");
        dimple.sessions.save(SignedInSession.start(hana.id(), "b".repeat(64), "Firefox on Linux", dimple.clock.instant(), Duration.ofHours(12)));

        dimple.singleSignOn.signIn(person("sub-6", "hana", "Hana", "People Team"), MAPPING);

        assertThat(account("hana").roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        assertThat(dimple.sessions.size()).isEqualTo(1);
        assertThat(dimple.auditEntries.withAction(AuditAction.ACCOUNT_CHANGED)).isEmpty();
    }

    @Test
    void groupsThatGiveAdministratorWithLeaderOrHr_areRefused_andNoAccountIsOpened() {
        ProviderSignInOutcome outcome = dimple.singleSignOn.signIn(person("sub-7", "both", "Both", "it-ops", "dimple-leaders"), MAPPING);

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.refusal()).isEqualTo(ProviderSignInOutcome.Refusal.ROLES_IN_CONFLICT);
        assertThat(dimple.accounts.findByUsername("both")).isEmpty();
        assertThat(dimple.auditEntries.last().action()).isEqualTo(AuditAction.SIGN_IN_REFUSED);
    }

    @Test
    void aDisabledAccount_isRefused() {
        dimple.singleSignOn.signIn(person("sub-8", "gone", "Gone"), MAPPING);
        Account gone = account("gone");
        gone.disable();
        dimple.accounts.save(gone);

        ProviderSignInOutcome outcome = dimple.singleSignOn.signIn(person("sub-8", "gone", "Gone"), MAPPING);

        assertThat(outcome.refusal()).isEqualTo(ProviderSignInOutcome.Refusal.DISABLED);
        assertThat(dimple.auditEntries.last().action()).isEqualTo(AuditAction.SIGN_IN_REFUSED);
    }

    @Test
    void theProvisionedAccount_hasAPasswordNobodyKnows() {
        dimple.singleSignOn.signIn(person("sub-9", "pat", "Pat"), MAPPING);

        assertThat(dimple.signIn("pat", "", "page")).isEmpty();
        assertThat(dimple.signIn("pat", "pat", "page")).isEmpty();
        assertThat(account("pat").passwordHash()).isNotBlank();
    }

    @Test
    void theAuditTrailKeepsNoClaimBeyondTheUsername_noEmailNoSubjectNoGroupNames() {
        dimple.singleSignOn.signIn(person("sub-secret-10", "sam", "Sam Sample", "Online Orders", "Some Other Group"), MAPPING);

        assertThat(dimple.auditEntries.all().stream().flatMap(e -> Stream.of(e.actor(), e.target(), e.detail())))
                .noneMatch(text -> text != null && (text.contains("sub-secret-10") || text.contains("@example.com")
                        || text.contains("Some Other Group") || text.contains(ISSUER)));
        assertThat(person("s", "sam", "Sam Sample", "x").toString()).doesNotContain("sam", "Sam", "s,");
    }

    @Test
    void usernames_madeFromTheClaim_areValidAccountUsernames() {
        assertThat(SingleSignOnService.usernameBase("Emma.Smith@corp.example")).isEqualTo("emma.smith");
        assertThat(SingleSignOnService.usernameBase("  Jean Luc ")).isEqualTo("jean-luc");
        assertThat(SingleSignOnService.usernameBase("__x")).isEqualTo("user");
        assertThat(SingleSignOnService.usernameBase(null)).isEqualTo("user");
        assertThat(SingleSignOnService.usernameBase("名前")).isEqualTo("user");
        assertThat(SingleSignOnService.usernameBase("a".repeat(80))).hasSize(SingleSignOnService.MAX_BASE_LENGTH);
        assertThat(Stream.of("Emma.Smith@corp.example", "  Jean Luc ", "-.-ok-.", "a".repeat(80) + "-b", "o'brien")
                .map(SingleSignOnService::usernameBase)).allMatch(Account::isValidUsername);
    }

    @Test
    void groupMapping_alwaysGivesEmployee_andComparesGroupsWithoutCase() {
        assertThat(GroupMapping.none().rolesFor(Set.of("dimple-admins"))).containsExactly(Role.EMPLOYEE);
        assertThat(MAPPING.rolesFor(Set.of(" IT-OPS "))).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.ADMIN);
        assertThat(MAPPING.rolesFor(Set.of())).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void aVerifiedAddress_becomesTheNewAccountsAddress_anUnverifiedOrMalformedOneDoesNot() {
        dimple.singleSignOn.signIn(withMail("sub-20", "vera", "vera@corp.example", true), MAPPING);
        dimple.singleSignOn.signIn(withMail("sub-21", "una", "una@corp.example", false), MAPPING);
        dimple.singleSignOn.signIn(withMail("sub-22", "mal", "two@corp.example, three@corp.example", true), MAPPING);
        dimple.singleSignOn.signIn(withMail("sub-23", "none", null, true), MAPPING);

        assertThat(account("vera").email()).contains("vera@corp.example");
        assertThat(account("una").email()).as("not verified by the provider").isEmpty();
        assertThat(account("mal").email()).as("not one address: refused quietly, the sign-in goes on").isEmpty();
        assertThat(account("none").email()).isEmpty();
    }

    @Test
    void laterSignIns_neverChangeTheAddress_thatAnAdministratorOrThePersonSetOrRemoved() {
        dimple.singleSignOn.signIn(withMail("sub-30", "vera", "vera@corp.example", true), MAPPING);
        Account vera = account("vera");
        vera.changeEmail("vera.private@home.example");
        dimple.accounts.save(vera);
        dimple.singleSignOn.signIn(withMail("sub-30", "vera", "vera.new@corp.example", true), MAPPING);
        assertThat(account("vera").email()).contains("vera.private@home.example");

        vera = account("vera");
        vera.changeEmail(null);
        dimple.accounts.save(vera);
        dimple.singleSignOn.signIn(withMail("sub-30", "vera", "vera@corp.example", true), MAPPING);
        assertThat(account("vera").email()).as("removed on purpose: not filled in again").isEmpty();
    }
}
