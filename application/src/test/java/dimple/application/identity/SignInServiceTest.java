package dimple.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.domain.audit.AuditEntry;
import dimple.domain.identity.Account;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import dimple.domain.identity.SignInDelay;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInServiceTest {
    private static final String PASSWORD = "lantern drift quietly";
    private static final String NEW_PASSWORD = "harbour lights at dusk";

    private final InMemoryDimple dimple = new InMemoryDimple();
    private final Account emma = dimple.givenAccount("emma", PASSWORD, Role.EMPLOYEE);

    private Optional<String> signIn(String username, String password) {
        return dimple.signIn(username, password, "page");
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            signIn("emma", "not the password");
        }
    }

    @Test
    void verify_rightPasswordOnThePage_signsInAndAuditsSignedIn() {
        assertThat(dimple.signIn("emma", PASSWORD, "page")).contains("emma");

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

        assertThat(dimple.signIn("emma", PASSWORD, "api")).contains("emma");

        assertThat(dimple.auditEntries.all()).hasSize(before);
    }

    @Test
    void verify_pageSignInWithAPasswordRememberedFromTheApi_isStillAudited() {
        dimple.signIn("emma", PASSWORD, "api");
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
    void verify_wrongPassword_isRefusedAfterOneHashCheck_andCountedForTheNameAndTheAddress() {
        assertThat(signIn("emma", "not the password")).isEmpty();

        assertThat(dimple.hasher.checks()).isEqualTo(1);
        assertThat(dimple.delays.findByKey(SignInDelay.accountKey("emma", "192.0.2.10"))).hasValueSatisfying(d -> assertThat(d.failures()).isEqualTo(1));
        assertThat(dimple.delays.findByKey(SignInDelay.addressKey("192.0.2.10"))).hasValueSatisfying(d -> assertThat(d.failures()).isEqualTo(1));
        assertThat(dimple.auditEntries.last().action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(dimple.auditEntries.last().target()).isEqualTo("emma");
    }

    @Test
    void verify_afterThreeWrongPasswords_theNextTryFromThatAddressWaits_withoutCheckingAnyPassword() {
        failTimes(3);
        dimple.hasher.resetCounts();

        SignInOutcome outcome = dimple.signIns.verify("emma", PASSWORD, "page", "192.0.2.10");

        assertThat(outcome.kind()).isEqualTo(SignInOutcome.Kind.WAIT);
        assertThat(outcome.waitUntil()).isEqualTo(InMemoryDimple.START.plusSeconds(1));
        assertThat(dimple.hasher.checks()).as("no password is tried while waiting").isZero();
        assertThat(dimple.auditEntries.withAction(AuditAction.SIGN_IN_DELAYED)).singleElement().satisfies(delayed -> {
            assertThat(delayed.actor()).isEqualTo(AuditAction.SYSTEM);
            assertThat(delayed.target()).isEqualTo("emma");
            assertThat(delayed.detail()).contains("3 failed sign-ins in a row from 192.0.2.10");
        });
    }

    @Test
    void verify_wrongPasswordsFromElsewhere_neverKeepThePersonOut() {
        for (int i = 0; i < 40; i++) {
            dimple.signInFrom("emma", "guess number " + i, "page", "203.0.113.66");
            dimple.clock.advance(Duration.ofMinutes(16));
        }

        assertThat(dimple.signInFrom("emma", PASSWORD, "page", "192.0.2.10")).contains("emma");
        dimple.signInFrom("emma", "one guess more", "page", "203.0.113.66");
        assertThat(dimple.signInFrom("emma", PASSWORD, "page", "203.0.113.66")).as("the guessing address waits").isEmpty();
    }

    @Test
    void verify_manyFailuresFromOneAddress_forAnyNames_stopThatAddressForAWhile() {
        for (int i = 0; i <= SignInDelay.ADDRESS_LIMIT; i++) {
            dimple.signInFrom("person" + i, "wrong password " + i, "api", "203.0.113.66");
        }

        SignInOutcome outcome = dimple.signIns.verify("emma", PASSWORD, "api", "203.0.113.66");

        assertThat(outcome.kind()).isEqualTo(SignInOutcome.Kind.WAIT);
        assertThat(dimple.signInFrom("emma", PASSWORD, "api", "192.0.2.10")).contains("emma");
        dimple.clock.advance(SignInDelay.ADDRESS_WINDOW);
        assertThat(dimple.signInFrom("emma", PASSWORD, "api", "203.0.113.66")).contains("emma");
    }

    @Test
    void verify_waitsAreCountedForUnknownNamesToo_soAWaitTellsNothingAboutAnAccount() {
        for (int i = 0; i < 3; i++) {
            signIn("nobody", "not the password");
        }

        assertThat(dimple.signIns.verify("nobody", PASSWORD, "page", "192.0.2.10").kind()).isEqualTo(SignInOutcome.Kind.WAIT);
    }

    @Test
    void verify_oneTimePasswordFromAReset_opensThePageButNeverTheApi() {
        emma.resetPassword(PlainHasher.encode("one-time-pass-word"), dimple.clock.instant());

        assertThat(dimple.signIn("emma", "one-time-pass-word", "api")).isEmpty();
        assertThat(dimple.auditEntries.last().detail()).isEqualTo("api, one-time password");
        assertThat(dimple.signIn("emma", "one-time-pass-word", "page")).contains("emma");
        assertThat(dimple.signIns.permissionsOf("emma")).containsExactly(Permission.ACCOUNT_OWN);
    }

    @Test
    void verify_oneTimePassword_expiresAfterADay() {
        emma.resetPassword(PlainHasher.encode("one-time-pass-word"), dimple.clock.instant());
        dimple.clock.advance(Account.ONE_TIME_PASSWORD_LIFETIME);

        assertThat(dimple.signIn("emma", "one-time-pass-word", "page")).isEmpty();
        assertThat(dimple.auditEntries.last().detail()).isEqualTo("page, one-time password expired");
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
    void verify_aWaitPasses_andTheRightPasswordSignsIn_clearingTheCount() {
        failTimes(4);
        dimple.clock.advance(Duration.ofSeconds(2));

        assertThat(signIn("emma", PASSWORD)).contains("emma");

        assertThat(dimple.delays.findByKey(SignInDelay.accountKey("emma", "192.0.2.10"))).isEmpty();
        failTimes(2);
        assertThat(signIn("emma", PASSWORD)).as("two new failures cost nothing").contains("emma");
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
        assertThat(dimple.delays.findByKey(SignInDelay.accountKey("emma", "192.0.2.10"))).hasValueSatisfying(d -> assertThat(d.failures()).isEqualTo(1));
    }

    @Test
    void verify_rememberedPasswordWhileWaiting_stillWaits() {
        signIn("emma", PASSWORD);
        failTimes(3);

        assertThat(signIn("emma", PASSWORD)).isEmpty();
    }

    @Test
    void verify_guessesSentAtTheSameMoment_thatStartAWaitWhileThisPasswordIsChecked_makeItWaitToo_evenTheRightOne() {
        failTimes(2);
        dimple.hasher.duringNextCheck(() -> signIn("emma", "a guess sent at the same moment"));

        SignInOutcome right = dimple.signIns.verify("emma", PASSWORD, "page", "192.0.2.10");

        assertThat(right.kind()).as("answered like every attempt during the wait").isEqualTo(SignInOutcome.Kind.WAIT);
        assertThat(dimple.auditEntries.withAction(AuditAction.SIGNED_IN)).isEmpty();
    }

    @Test
    void verify_aWrongGuessSentAtTheSameMoment_isCountedAndAudited_andAnsweredWithTheWaitOthersStarted() {
        failTimes(2);
        dimple.hasher.duringNextCheck(() -> signIn("emma", "a guess sent at the same moment"));

        SignInOutcome wrong = dimple.signIns.verify("emma", "yet another guess", "page", "192.0.2.10");

        assertThat(wrong.kind()).isEqualTo(SignInOutcome.Kind.WAIT);
        assertThat(dimple.delays.findByKey(SignInDelay.accountKey("emma", "192.0.2.10")))
                .hasValueSatisfying(d -> assertThat(d.failures()).as("every failure counted").isEqualTo(4));
        assertThat(dimple.auditEntries.withAction(AuditAction.SIGN_IN_FAILED)).hasSize(4);
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
