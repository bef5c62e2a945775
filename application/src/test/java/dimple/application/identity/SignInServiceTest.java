package dimple.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.domain.audit.AuditEntry;
import dimple.domain.identity.Account;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInServiceTest {
    private static final String PASSWORD = "lantern drift quietly";
    private static final String NEW_PASSWORD = "harbour lights at dusk";

    private final InMemoryDimple dimple = new InMemoryDimple();
    private final Account emma = dimple.givenAccount("emma", PASSWORD, Role.EMPLOYEE);

    private Optional<String> signIn(String username, String password) {
        return dimple.signIns.verify(username, password, "page");
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            signIn("emma", "not the password");
        }
    }

    @Test
    void verify_rightPasswordOnThePage_signsInAndAuditsSignedIn() {
        assertThat(dimple.signIns.verify("emma", PASSWORD, "page")).contains("emma");

        AuditEntry entry = dimple.auditEntries.last();
        assertThat(entry.action()).isEqualTo(AuditAction.SIGNED_IN);
        assertThat(entry.actor()).isEqualTo("emma");
        assertThat(entry.target()).isEqualTo("emma");
        assertThat(entry.detail()).isEqualTo("page");
        assertThat(entry.at()).isEqualTo(InMemoryDimple.START);
    }

    @Test
    void verify_rightPasswordOnTheApi_isNotAudited_soNoEntryCanBeMatchedToAConfidentialSubmission() {
        int before = dimple.auditEntries.all().size();

        assertThat(dimple.signIns.verify("emma", PASSWORD, "api")).contains("emma");

        assertThat(dimple.auditEntries.all()).hasSize(before);
    }

    @Test
    void verify_pageSignInWithAPasswordRememberedFromTheApi_isStillAudited() {
        dimple.signIns.verify("emma", PASSWORD, "api");
        int checks = dimple.hasher.checks();

        assertThat(signIn("emma", PASSWORD)).contains("emma");

        assertThat(dimple.hasher.checks()).as("remembered: no second slow hash").isEqualTo(checks);
        assertThat(dimple.auditEntries.last().action()).isEqualTo(AuditAction.SIGNED_IN);
        assertThat(dimple.auditEntries.last().detail()).isEqualTo("page");
    }

    @Test
    void verify_unknownUser_isRefusedAfterOneHashCheck() {
        assertThat(signIn("nobody", PASSWORD)).isEmpty();

        assertThat(dimple.hasher.checks()).isEqualTo(1);
        AuditEntry entry = dimple.auditEntries.last();
        assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(entry.actor()).isEqualTo(AuditAction.ANONYMOUS);
        assertThat(entry.target()).isEqualTo("nobody");
    }

    @Test
    void verify_usernameThatCannotExist_isRefusedAfterOneHashCheck() {
        assertThat(signIn("Robert'); drop table account;--", PASSWORD)).isEmpty();
        assertThat(signIn(null, null)).isEmpty();

        assertThat(dimple.hasher.checks()).isEqualTo(2);
        assertThat(dimple.auditEntries.actions()).containsExactly(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED);
    }

    @Test
    void verify_wrongPassword_isRefusedAfterOneHashCheckAndCountsTowardTheLock() {
        assertThat(signIn("emma", "not the password")).isEmpty();

        assertThat(dimple.hasher.checks()).isEqualTo(1);
        assertThat(dimple.accounts.get("emma").failedSignIns()).isEqualTo(1);
        assertThat(dimple.auditEntries.last().action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(dimple.auditEntries.last().target()).isEqualTo("emma");
    }

    @Test
    void verify_lockedAccount_isRefusedEvenWithTheRightPasswordAfterOneHashCheck() {
        failTimes(5);
        dimple.hasher.resetCounts();

        assertThat(signIn("emma", PASSWORD)).isEmpty();

        assertThat(dimple.hasher.checks()).isEqualTo(1);
        AuditEntry entry = dimple.auditEntries.last();
        assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN_REFUSED);
        assertThat(entry.detail()).isEqualTo("page, account locked");
    }

    @Test
    void verify_disabledAccount_isRefusedEvenWithTheRightPasswordAfterOneHashCheck() {
        emma.disable();

        assertThat(signIn("emma", PASSWORD)).isEmpty();

        assertThat(dimple.hasher.checks()).isEqualTo(1);
        AuditEntry entry = dimple.auditEntries.last();
        assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN_REFUSED);
        assertThat(entry.detail()).isEqualTo("page, account disabled");
    }

    @Test
    void verify_refusals_lookTheSameToTheCallerWhateverTheReason() {
        Account disabled = dimple.givenAccount("dora", PASSWORD, Role.EMPLOYEE);
        disabled.disable();

        assertThat(signIn("nobody", PASSWORD)).isEqualTo(signIn("emma", "wrong password here")).isEqualTo(signIn("dora", PASSWORD)).isEmpty();
    }

    @Test
    void verify_fifthWrongPassword_locksForFifteenMinutesAndAuditsAccountLocked() {
        failTimes(5);

        Account stored = dimple.accounts.get("emma");
        assertThat(stored.lockedUntil()).isEqualTo(InMemoryDimple.START.plus(Duration.ofMinutes(15)));
        assertThat(dimple.auditEntries.withAction(AuditAction.ACCOUNT_LOCKED)).singleElement().satisfies(locked -> {
            assertThat(locked.actor()).isEqualTo(AuditAction.SYSTEM);
            assertThat(locked.target()).isEqualTo("emma");
            assertThat(locked.detail()).isEqualTo("after 5 failed sign-ins, for 15 minutes");
        });
        assertThat(signIn("emma", PASSWORD)).isEmpty();
    }

    @Test
    void verify_fourWrongPasswords_doNotLock() {
        failTimes(4);

        assertThat(signIn("emma", PASSWORD)).contains("emma");
        assertThat(dimple.auditEntries.withAction(AuditAction.ACCOUNT_LOCKED)).isEmpty();
    }

    @Test
    void verify_fifteenMinutesAfterTheLock_rightPasswordSignsIn() {
        failTimes(5);
        dimple.clock.advance(Duration.ofMinutes(15));

        assertThat(signIn("emma", PASSWORD)).contains("emma");
        assertThat(dimple.accounts.get("emma").lockedUntil()).isNull();
    }

    @Test
    void verify_success_resetsTheFailureCount() {
        failTimes(4);
        assertThat(signIn("emma", PASSWORD)).contains("emma");

        failTimes(4);

        assertThat(dimple.accounts.get("emma").failedSignIns()).isEqualTo(4);
        assertThat(signIn("emma", PASSWORD)).contains("emma");
    }

    @Test
    void verify_samePasswordAgainWithinFiveMinutes_skipsTheSlowHash() {
        signIn("emma", PASSWORD);
        dimple.clock.advance(Duration.ofMinutes(5).minusSeconds(1));

        assertThat(signIn("emma", PASSWORD)).contains("emma");

        assertThat(dimple.hasher.checks()).isEqualTo(1);
    }

    @Test
    void verify_samePasswordAfterFiveMinutes_checksTheHashAgain() {
        signIn("emma", PASSWORD);
        dimple.clock.advance(Duration.ofMinutes(5));

        assertThat(signIn("emma", PASSWORD)).contains("emma");

        assertThat(dimple.hasher.checks()).isEqualTo(2);
    }

    @Test
    void verify_afterThePasswordChanged_oldPasswordIsCheckedAndRefused() {
        signIn("emma", PASSWORD);
        // Changed elsewhere (another node, or directly in the store): the remembered hash no longer matches.
        dimple.accounts.get("emma").changePasswordHash(PlainHasher.encode(NEW_PASSWORD), dimple.clock.instant());

        assertThat(signIn("emma", PASSWORD)).isEmpty();
        assertThat(dimple.hasher.checks()).isEqualTo(2);

        assertThat(signIn("emma", NEW_PASSWORD)).contains("emma");
        assertThat(dimple.hasher.checks()).isEqualTo(3);
    }

    @Test
    void verify_wrongPasswordAfterARememberedSignIn_isCheckedRefusedAndCounted() {
        signIn("emma", PASSWORD);

        assertThat(signIn("emma", "not the password")).isEmpty();

        assertThat(dimple.hasher.checks()).isEqualTo(2);
        assertThat(dimple.accounts.get("emma").failedSignIns()).isEqualTo(1);
    }

    @Test
    void verify_rememberedAccountThatGetsLocked_isRefused() {
        signIn("emma", PASSWORD);
        failTimes(5);

        assertThat(signIn("emma", PASSWORD)).isEmpty();
    }

    @Test
    void verify_rememberedSuccess_alsoResetsTheFailureCount() {
        signIn("emma", PASSWORD);
        failTimes(4);

        assertThat(signIn("emma", PASSWORD)).contains("emma");

        assertThat(dimple.accounts.get("emma").failedSignIns()).isZero();
    }

    @Test
    void forget_nextSignInChecksTheHashAgain() {
        signIn("emma", PASSWORD);

        dimple.signIns.forget("emma");

        assertThat(signIn("emma", PASSWORD)).contains("emma");
        assertThat(dimple.hasher.checks()).isEqualTo(2);
    }

    @Test
    void permissionsOf_enabledAccount_areThoseOfItsRoles() {
        dimple.givenAccount("ada", PASSWORD, Role.ADMIN);

        assertThat(dimple.signIns.permissionsOf("emma")).containsExactlyInAnyOrderElementsOf(Role.EMPLOYEE.permissions());
        assertThat(dimple.signIns.permissionsOf("ada"))
                .containsExactlyInAnyOrderElementsOf(Role.ADMIN.permissions()).contains(Permission.ACCOUNT_MANAGE, Permission.AUDIT_READ);
    }

    @Test
    void permissionsOf_disabledOrUnknownAccount_isNothing() {
        Account ada = dimple.givenAccount("ada", PASSWORD, Role.ADMIN);
        ada.disable();

        assertThat(dimple.signIns.permissionsOf("ada")).isEmpty();
        assertThat(dimple.signIns.permissionsOf("nobody")).isEmpty();
    }
}
