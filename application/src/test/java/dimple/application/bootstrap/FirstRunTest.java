package dimple.application.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.domain.audit.AuditEntry;
import dimple.domain.identity.Account;
import dimple.domain.identity.PasswordPolicy;
import dimple.domain.identity.Role;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FirstRunTest {
    private static final String CONFIGURED = "tide tables and lighthouses";

    private final InMemoryDimple dimple = new InMemoryDimple();

    @Test
    void prepare_emptyDatabaseWithoutConfiguredPassword_opensAdminWithAGeneratedPasswordShownOnce() {
        Optional<String> generated = dimple.firstRun.prepare(null, false);

        assertThat(generated).isPresent();
        String password = generated.get();
        assertThat(password).matches("[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}");
        assertThat(PasswordPolicy.problems(password, "admin", "Administrator")).isEmpty();
        Account admin = dimple.accounts.get("admin");
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.enabled()).isTrue();
        assertThat(dimple.signIn("admin", password, "page")).contains("admin");
        AuditEntry created = dimple.auditEntries.withAction(AuditAction.FIRST_ADMIN_CREATED).get(0);
        assertThat(created.actor()).isEqualTo(AuditAction.SYSTEM);
        assertThat(created.detail()).isEqualTo("generated password printed once in the server log").doesNotContain(password);
    }

    @Test
    void prepare_blankConfiguredPassword_isTreatedAsNotConfigured() {
        assertThat(dimple.firstRun.prepare("   ", false)).isPresent();
    }

    @Test
    void randomPassword_isDifferentEveryTime() {
        Set<String> passwords = IntStream.range(0, 50).mapToObj(i -> FirstRun.randomPassword()).collect(Collectors.toSet());

        assertThat(passwords).hasSize(50);
    }

    @Test
    void prepare_configuredPassword_opensAdminWithItAndReturnsNothingToPrint() {
        assertThat(dimple.firstRun.prepare(CONFIGURED, false)).isEmpty();

        assertThat(dimple.signIn("admin", CONFIGURED, "page")).contains("admin");
        assertThat(dimple.auditEntries.withAction(AuditAction.FIRST_ADMIN_CREATED)).singleElement()
                .extracting(AuditEntry::detail).isEqualTo("password from DIMPLE_ADMIN_PASSWORD");
    }

    @Test
    void prepare_configuredPasswordTooWeak_stopsStartUpWithAClearMessage() {
        assertThatThrownBy(() -> dimple.firstRun.prepare("short", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("DIMPLE_ADMIN_PASSWORD is not accepted: ")
                .hasMessageContaining("password.tooShort[12]");
        assertThat(dimple.accounts.count()).isZero();
    }

    @Test
    void prepare_configuredPasswordContainingAdmin_isRefused() {
        assertThatThrownBy(() -> dimple.firstRun.prepare("admin-of-the-harbour", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password.username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dimple in production 2026", "the administrator of the harbour"})
    void prepare_configuredPasswordWithTheProductOrTheAdminsName_stopsStartUp(String password) {
        assertThatThrownBy(() -> dimple.firstRun.prepare(password, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("DIMPLE_ADMIN_PASSWORD is not accepted: ")
                .hasMessageMatching(".*password\\.(product|username|name).*");
        assertThat(dimple.accounts.count()).isZero();
    }

    @Test
    void prepare_weakConfiguredPasswordWithDemo_isRefusedToo() {
        assertThatThrownBy(() -> dimple.firstRun.prepare("Password1234", true)).isInstanceOf(IllegalStateException.class);
        assertThat(dimple.accounts.count()).isZero();
        assertThat(dimple.teams.findAll()).isEmpty();
    }

    @Test
    void prepare_databaseWithAccounts_changesNothing() {
        dimple.givenAccount("ada", CONFIGURED, Role.ADMIN);

        assertThat(dimple.firstRun.prepare(null, false)).isEmpty();
        assertThat(dimple.firstRun.prepare("short", true)).isEmpty();

        assertThat(dimple.accounts.all()).extracting(Account::username).containsExactly("ada");
        assertThat(dimple.teams.findAll()).isEmpty();
        assertThat(dimple.auditEntries.all()).isEmpty();
    }

    @Test
    void prepare_demo_seedsTheSixDemoAccountsOfTheApiGuide() {
        assertThat(dimple.firstRun.prepare(null, true)).isEmpty();

        String frontDesk = dimple.teams.named("Front Desk").id();
        String onlineOrders = dimple.teams.named("Online Orders").id();
        assertThat(dimple.accounts.all()).extracting(Account::username).containsExactlyInAnyOrder("emma", "eli", "lena", "leo", "hana", "admin");

        Account emma = dimple.accounts.get("emma");
        assertThat(emma.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(emma.memberOf()).containsExactly(frontDesk);
        assertThat(emma.leadsTeams()).isEmpty();

        Account eli = dimple.accounts.get("eli");
        assertThat(eli.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(eli.memberOf()).containsExactly(onlineOrders);

        Account lena = dimple.accounts.get("lena");
        assertThat(lena.hasRole(Role.LEADER)).isTrue();
        assertThat(lena.leadsTeams()).containsExactly(frontDesk);

        Account leo = dimple.accounts.get("leo");
        assertThat(leo.hasRole(Role.LEADER)).isTrue();
        assertThat(leo.leadsTeams()).containsExactly(onlineOrders);

        assertThat(dimple.accounts.get("hana").roles()).containsExactly(Role.HR);
        assertThat(dimple.accounts.get("admin").roles()).containsExactly(Role.ADMIN);
        assertThat(dimple.auditEntries.withAction(AuditAction.DEMO_DATA_SEEDED)).hasSize(1);
    }

    @Test
    void prepare_demo_everyDemoAccountSignsInWithTheDocumentedPassword() {
        dimple.firstRun.prepare(null, true);

        for (String username : new String[] {"emma", "eli", "lena", "leo", "hana", "admin"}) {
            assertThat(dimple.signIn(username, DemoData.PASSWORD, "page")).as(username).contains(username);
        }
        assertThat(DemoData.PASSWORD).isEqualTo("dimple-demo");
        assertThat(dimple.accounts.all()).as("each demo person has a mail address on a domain reserved for examples (RFC 2606)")
                .allSatisfy(a -> assertThat(a.email()).contains(a.username() + "@example.com"));
        assertThat(PasswordPolicy.problems(DemoData.PASSWORD, "emma", "Emma Employee"))
                .as("the policy refuses the documented demo password, so the demo seed bypasses it on purpose").isNotEmpty();
    }

    @Test
    void prepare_demoWithConfiguredAdminPassword_givesOnlyTheAdminThatPassword() {
        dimple.firstRun.prepare(CONFIGURED, true);

        assertThat(dimple.signIn("admin", DemoData.PASSWORD, "page")).isEmpty();
        assertThat(dimple.signIn("admin", CONFIGURED, "page")).contains("admin");
        assertThat(dimple.signIn("emma", DemoData.PASSWORD, "page")).contains("emma");
    }
}
