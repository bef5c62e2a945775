package dimple.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {
    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
    private static final String FRONT_DESK = "5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c11";
    private static final String ONLINE_ORDERS = "0d9c1f2a-3b4c-4d5e-8f60-718293a4b5c6";

    private static Account open(Role... roles) {
        return Account.open("emma", "Emma Employee", "hash-of-secret", Set.of(roles), OPENED);
    }


    @Test
    void open_newAccount_isEnabledUnlockedAndKeepsWhatWasGiven() {
        Account account = open(Role.EMPLOYEE);

        assertThat(Ids.looksLikeId(account.id())).isTrue();
        assertThat(account.username()).isEqualTo("emma");
        assertThat(account.displayName()).isEqualTo("Emma Employee");
        assertThat(account.passwordHash()).isEqualTo("hash-of-secret");
        assertThat(account.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(account.enabled()).isTrue();
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.createdAt()).isEqualTo(OPENED);
        assertThat(account.passwordChangedAt()).isEqualTo(OPENED);
        assertThat(account.memberOf()).isEmpty();
        assertThat(account.leadsTeams()).isEmpty();
    }

    @Test
    void open_twoAccounts_getDifferentIds() {
        assertThat(open(Role.EMPLOYEE).id()).isNotEqualTo(open(Role.EMPLOYEE).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "emma", "emma.smith", "e_m-m.a", "0day", "a234567890123456789012345678901234567890"})
    void isValidUsername_lowerCaseLettersDigitsAndSeparators_areAccepted(String username) {
        assertThat(Account.isValidUsername(username)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"e", "Emma", "-emma", ".emma", "_emma", "emma smith", "émma", "emma@example.org", "emma\n",
            "a2345678901234567890123456789012345678901"})
    void open_invalidUsername_isRefused(String username) {
        assertThat(Account.isValidUsername(username)).isFalse();
        assertThatThrownBy(() -> Account.open(username, "Someone", "hash", Set.of(Role.EMPLOYEE), OPENED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void open_withoutRoles_isRefusedBecauseAccountNeedsARole() {
        assertThatThrownBy(() -> Account.open("emma", "Emma", "hash", Set.of(), OPENED)).isInstanceOf(AccountNeedsARole.class);
        assertThatThrownBy(() -> Account.open("emma", "Emma", "hash", null, OPENED)).isInstanceOf(AccountNeedsARole.class);
    }

    @Test
    void assignRoles_noRoles_isRefusedAndKeepsTheRolesHeld() {
        Account account = open(Role.EMPLOYEE, Role.HR);

        assertThatThrownBy(() -> account.assignRoles(List.of()))
                .isInstanceOf(AccountNeedsARole.class)
                .hasMessage("rule.accountNeedsARole");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
    }

    @Test
    void assignRoles_replacesTheRolesHeld() {
        Account account = open(Role.EMPLOYEE);

        account.assignRoles(List.of(Role.HR, Role.LEADER, Role.HR));

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.HR, Role.LEADER);
        assertThat(account.hasRole(Role.EMPLOYEE)).isFalse();
    }

    @Test
    void assignTeams_leadingWithoutLeaderRole_isRefusedAndChangesNothing() {
        Account account = open(Role.EMPLOYEE);
        account.assignTeams(List.of(FRONT_DESK), List.of());

        assertThatThrownBy(() -> account.assignTeams(List.of(ONLINE_ORDERS), List.of(ONLINE_ORDERS)))
                .isInstanceOf(LeadershipNeedsLeaderRole.class);
        assertThat(account.memberOf()).containsExactly(FRONT_DESK);
        assertThat(account.leadsTeams()).isEmpty();
    }

    @Test
    void assignTeams_leader_isAlsoCountedAsMemberOfTheTeamsTheyLead() {
        Account account = open(Role.EMPLOYEE, Role.LEADER);

        account.assignTeams(List.of(FRONT_DESK), List.of(ONLINE_ORDERS));

        assertThat(account.memberOf()).containsExactlyInAnyOrder(FRONT_DESK, ONLINE_ORDERS);
        assertThat(account.leadsTeams()).containsExactly(ONLINE_ORDERS);
        assertThat(account.leads(ONLINE_ORDERS)).isTrue();
        assertThat(account.leads(FRONT_DESK)).isFalse();
        assertThat(account.isMemberOf(FRONT_DESK)).isTrue();
    }

    @Test
    void assignTeams_replacesEarlierTeamsAndAcceptsNullAsNone() {
        Account account = open(Role.LEADER);
        account.assignTeams(List.of(FRONT_DESK), List.of(FRONT_DESK));

        account.assignTeams(List.of(ONLINE_ORDERS), null);
        assertThat(account.memberOf()).containsExactly(ONLINE_ORDERS);
        assertThat(account.leadsTeams()).isEmpty();

        account.assignTeams(null, null);
        assertThat(account.memberOf()).isEmpty();
    }

    @Test
    void assignRoles_droppingLeaderWhileStillLeadingATeam_isRefused() {
        Account account = open(Role.EMPLOYEE, Role.LEADER);
        account.assignTeams(List.of(), List.of(FRONT_DESK));

        assertThatThrownBy(() -> account.assignRoles(List.of(Role.EMPLOYEE))).isInstanceOf(LeadershipNeedsLeaderRole.class);
        assertThat(account.roles()).contains(Role.LEADER);
    }

    @Test
    void assignRoles_droppingLeaderAfterLeadershipEnded_isAllowed() {
        Account account = open(Role.EMPLOYEE, Role.LEADER);
        account.assignTeams(List.of(FRONT_DESK), List.of(FRONT_DESK));
        account.assignTeams(List.of(FRONT_DESK), List.of());

        account.assignRoles(List.of(Role.EMPLOYEE));

        assertThat(account.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(account.memberOf()).containsExactly(FRONT_DESK);
    }

    @Test
    void disable_disabledAccount_isNotEnabled_andEnableGivesItBack() {
        Account account = open(Role.ADMIN);

        account.disable();
        assertThat(account.enabled()).isFalse();

        account.enable();
        assertThat(account.enabled()).isTrue();
    }

    @Test
    void changePasswordHash_storesTheNewHash() {
        Account account = open(Role.EMPLOYEE);
        Instant changed = OPENED.plusSeconds(60);

        account.changePasswordHash("new-hash", changed);

        assertThat(account.passwordHash()).isEqualTo("new-hash");
        assertThat(account.passwordChangedAt()).isEqualTo(changed);
        assertThat(account.mustChangePassword()).isFalse();
    }

    @Test
    void resetPassword_leavesAOneTimePasswordThatOpensOnlyTheOwnAccount_untilThePersonChoosesANewOne() {
        Account account = open(Role.EMPLOYEE, Role.LEADER);
        Instant reset = OPENED.plusSeconds(60);

        account.resetPassword("one-time-hash", reset);

        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.passwordResetAt()).isEqualTo(reset);
        assertThat(account.permissions()).containsExactly(Permission.ACCOUNT_OWN);

        account.changePasswordHash("chosen-hash", reset.plusSeconds(60));

        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.permissions()).contains(Permission.REPORT_READ_OWN, Permission.REPORT_READ_TEAM);
        assertThat(account.passwordResetAt()).as("the person is still told about the reset").isEqualTo(reset);
    }

    @Test
    void assignRoles_adminWithLeaderOrHr_isRefused_soNoAdministratorCanReadRecords() {
        Account admin = open(Role.ADMIN);

        assertThatThrownBy(() -> admin.assignRoles(List.of(Role.ADMIN, Role.LEADER))).isInstanceOf(AdministratorsReadNoRecords.class);
        assertThatThrownBy(() -> admin.assignRoles(List.of(Role.ADMIN, Role.HR))).isInstanceOf(AdministratorsReadNoRecords.class);
        assertThatThrownBy(() -> Account.open("both", "Both", "hash", Set.of(Role.ADMIN, Role.HR), OPENED))
                .isInstanceOf(AdministratorsReadNoRecords.class);

        admin.assignRoles(List.of(Role.ADMIN, Role.EMPLOYEE));
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.EMPLOYEE);
    }

    @Test
    void permissions_employee_mayReportAndRecoverForTheirOwnReports_andTakePartInReviewsAndActions() {
        assertThat(open(Role.EMPLOYEE).permissions()).containsExactlyInAnyOrder(Permission.SELF_USE, Permission.ACCOUNT_OWN,
                Permission.REPORT_SUBMIT, Permission.REPORT_READ_OWN, Permission.RECOVERY_READ, Permission.RECOVERY_RECORD,
                Permission.REVIEW_READ, Permission.REVIEW_EDIT, Permission.ACTION_UPDATE_OWN,
                Permission.LESSON_READ, Permission.LESSON_ENDORSE,
                Permission.COACHING_READ_OWN, Permission.COACHING_ACKNOWLEDGE);
    }

    @Test
    void permissions_leader_mayAlsoReadTheTeamsReports_askDecideAboutBentRules_triageAndRunReviews() {
        assertThat(open(Role.LEADER).permissions()).containsExactlyInAnyOrder(Permission.SELF_USE, Permission.ACCOUNT_OWN,
                Permission.REPORT_SUBMIT, Permission.REPORT_READ_OWN, Permission.REPORT_READ_TEAM, Permission.REPORT_ASK,
                Permission.RECOVERY_READ, Permission.RECOVERY_RECORD, Permission.BENTRULE_READ, Permission.BENTRULE_DECIDE,
                Permission.FIELD_DEFINE, Permission.REPORT_TRIAGE, Permission.REVIEW_READ, Permission.REVIEW_EDIT, Permission.REVIEW_PUBLISH,
                Permission.ACTION_UPDATE_OWN, Permission.ACTION_READ_TEAM,
                Permission.LESSON_READ, Permission.LESSON_ENDORSE, Permission.LESSON_CURATE, Permission.SCENARIO_WRITE,
                Permission.INSIGHT_TEAM,
                Permission.ASSESSMENT_RECORD, Permission.COACHING_RECORD, Permission.COACHING_READ_OWN, Permission.COACHING_ACKNOWLEDGE);
    }

    @Test
    void permissions_hr_neverReachReports_butReadAndExportCoachingRecords() {
        assertThat(open(Role.HR).permissions()).containsExactlyInAnyOrder(Permission.SELF_USE, Permission.ACCOUNT_OWN,
                Permission.LESSON_READ, Permission.LESSON_ENDORSE, Permission.INSIGHT_ORGANISATION,
                Permission.COACHING_READ_OWN, Permission.COACHING_READ_ALL, Permission.COACHING_EXPORT)
                .noneMatch(p -> p.startsWith("report:") || p.startsWith("review:") || p.startsWith("recovery:"));
    }

    @Test
    void permissions_admin_mayManageAccountsTeamsSettingsAndReadTheAudit_andStartABackup() {
        assertThat(open(Role.ADMIN).permissions()).containsExactlyInAnyOrder(
                Permission.SELF_USE, Permission.ACCOUNT_OWN, Permission.ACCOUNT_MANAGE, Permission.TEAM_MANAGE, Permission.AUDIT_READ,
                Permission.FIELD_DEFINE, Permission.LETTER_DEFINE, Permission.CATEGORY_DEFINE, Permission.RETENTION_DEFINE, Permission.SETTINGS_MANAGE, Permission.BACKUP_TAKE, Permission.LESSON_READ, Permission.LESSON_ENDORSE);
    }

    @Test
    void permissions_severalRoles_areTheUnionOfTheirPermissions() {
        Account account = open(Role.EMPLOYEE);
        account.assignRoles(List.of(Role.EMPLOYEE, Role.ADMIN));

        assertThat(account.permissions()).contains(Permission.ACCOUNT_MANAGE, Permission.SELF_USE, Permission.REPORT_SUBMIT)
                .hasSize(Role.EMPLOYEE.permissions().size() + 9);
    }

    @Test
    void rolesAndPermissions_cannotBeWidenedThroughTheReturnedSets() {
        Account account = open(Role.EMPLOYEE);

        assertThatThrownBy(() -> account.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> account.permissions().add(Permission.ACCOUNT_MANAGE)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(account.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void rename_changesTheDisplayName() {
        Account account = open(Role.EMPLOYEE);

        account.rename("Emma Smith");

        assertThat(account.displayName()).isEqualTo("Emma Smith");
    }

    @Test
    void aMailAddress_isKeptTrimmed_andABlankOneRemovesIt() {
        Account emma = Account.open("emma", "Emma", "hash", Set.of(Role.EMPLOYEE), Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(emma.email()).isEmpty();
        emma.changeEmail("  emma.e+dimple@hotel-example.co.uk ");
        assertThat(emma.email()).contains("emma.e+dimple@hotel-example.co.uk");
        emma.changeEmail(" ");
        assertThat(emma.email()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"emma", "emma@", "@example.com", "emma@example", "emma@exa mple.com", "a@b.com, c@d.com", "Emma <emma@example.com>",
            "emma@example.com\r\nBcc: eve@example.com", "emma@-example.com"})
    void aMailAddress_thatIsNotOnePlainAddress_isRefused(String address) {
        Account emma = Account.open("emma", "Emma", "hash", Set.of(Role.EMPLOYEE), Instant.parse("2026-11-23T10:00:00Z"));
        assertThatThrownBy(() -> emma.changeEmail(address)).isInstanceOf(EmailAddressRefused.class);
        assertThat(emma.email()).isEmpty();
    }
}
