package dimple.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.application.shared.English;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.NotSignedIn;
import dimple.application.shared.PageView;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.TakenMeanwhile;
import dimple.domain.audit.AuditEntry;
import dimple.domain.identity.Account;
import dimple.domain.identity.LastAdminStays;
import dimple.domain.identity.OwnAccountStaysEnabled;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import dimple.domain.identity.SignInDelay;
import dimple.domain.identity.Team;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AccountServiceTest {
    private static final String ADMIN_PASSWORD = "admin knows the tides";
    private static final String PASSWORD = "lantern drift quietly";
    private static final String NEW_PASSWORD = "harbour lights at dusk";

    private final InMemoryDimple dimple = new InMemoryDimple();
    private final AccountService service = dimple.accountService;
    private final Team frontDesk = dimple.givenTeam("Front Desk");
    private final Team onlineOrders = dimple.givenTeam("Online Orders");

    AccountServiceTest() {
        dimple.givenAccount("ada", ADMIN_PASSWORD, Role.ADMIN);
        dimple.signInAsAdmin("ada");
    }

    private static CreateAccount createEmma() {
        return new CreateAccount("emma", "Emma Employee", PASSWORD, List.of("EMPLOYEE"), List.of("Front Desk"), List.of());
    }

    private static InvalidInput refusal(Executable call) {
        return catchThrowableOfType(InvalidInput.class, call::execute);
    }

    private static List<String> fields(InvalidInput refused) {
        return refused.problems().stream().map(FieldProblem::field).toList();
    }

    private Stream<String> everyAuditText() {
        return dimple.auditEntries.all().stream().flatMap(e -> Stream.of(e.actor(), e.action(), e.target(), e.detail()));
    }

    @Test
    void create_validAccount_isStoredWithHashedPasswordRolesAndTeams() {
        AccountView view = service.create(new CreateAccount("lena", " Lena Leader ", PASSWORD, List.of("employee", "Leader"),
                List.of("Online Orders"), List.of("front desk")));

        assertThat(view.username()).isEqualTo("lena");
        assertThat(view.displayName()).isEqualTo("Lena Leader");
        assertThat(view.roles()).containsExactly("EMPLOYEE", "LEADER");
        assertThat(view.teams()).containsExactly("Front Desk", "Online Orders");
        assertThat(view.leads()).containsExactly("Front Desk");
        assertThat(view.enabled()).isTrue();
        assertThat(view.createdAt()).isEqualTo(InMemoryDimple.START);
        Account stored = dimple.accounts.get("lena");
        assertThat(stored.passwordHash()).isEqualTo(PlainHasher.encode(PASSWORD)).doesNotContain(PASSWORD);
        assertThat(stored.leads(frontDesk.id())).isTrue();
        assertThat(stored.isMemberOf(onlineOrders.id())).isTrue();
    }

    @Test
    void create_newAccount_canSignInWithItsPassword() {
        service.create(createEmma());

        assertThat(dimple.signIn("emma", PASSWORD, "page")).contains("emma");
    }

    @Test
    void create_auditsAccountCreatedWithoutThePasswordAnywhere() {
        service.create(createEmma());

        AuditEntry created = dimple.auditEntries.withAction(AuditAction.ACCOUNT_CREATED).get(0);
        assertThat(created.actor()).isEqualTo("ada");
        assertThat(created.target()).isEqualTo("emma");
        assertThat(created.detail()).isEqualTo("name=Emma Employee roles=[EMPLOYEE] teams=[Front Desk] leads=[]");
        assertThat(everyAuditText()).noneMatch(text -> text != null
                && (text.contains(PASSWORD) || text.contains(PlainHasher.encode(PASSWORD)) || text.contains("drift")));
    }

    @Test
    void create_everyFieldWrong_reportsAllProblemsWithTheirFieldsAtOnce() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount("Emma!", " ", "short", List.of("WIZARD"),
                List.of("Back Office"), List.of("Front Desk"))));

        assertThat(fields(refused)).containsExactlyInAnyOrder("username", "displayName", "password", "roles", "teams", "leads");
        assertThat(English.of(refused.message())).isEqualTo("Please correct the 6 marked fields.");
        assertThat(dimple.accounts.count()).isEqualTo(1);
        assertThat(dimple.auditEntries.all()).isEmpty();
    }

    @Test
    void create_nothingGiven_asksForEveryRequiredField() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount(null, null, null, null, null, null)));

        assertThat(English.said(refused.problems())).containsExactlyInAnyOrder(
                English.said("username", "Username is required."),
                English.said("displayName", "Display name is required."),
                English.said("password", "Enter a password."),
                English.said("roles", "At least one role is required."));
    }

    @Test
    void create_invalidUsername_explainsTheRule() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount("Emma Smith", "Emma", PASSWORD, List.of("EMPLOYEE"), null, null)));

        assertThat(English.said(refused.problems())).containsExactly(English.said("username",
                "Username: 2 to 40 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit."));
    }

    @Test
    void create_displayNameOverOneHundredCharacters_isRefused() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount("emma", "E".repeat(101), PASSWORD, List.of("EMPLOYEE"), null, null)));

        assertThat(English.said(refused.problems())).containsExactly(English.said("displayName", "Display name has at most 100 characters; this is 101. Nothing was cut: shorten it to send it."));
    }

    @Test
    void create_passwordAgainstPolicy_isRefusedOnThePasswordField() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount("emma", "Emma", "emma-likes-green-tea", List.of("EMPLOYEE"), null, null)));

        assertThat(English.said(refused.problems())).containsExactly(English.said("password", "Do not put your username in your password."));
    }

    @Test
    void create_takenUsername_isRefused() {
        service.create(createEmma());

        InvalidInput refused = refusal(() -> service.create(createEmma()));

        assertThat(English.said(refused.problems())).containsExactly(English.said("username", "This username is taken."));
        assertThat(dimple.accounts.count()).isEqualTo(2);
    }

    @Test
    void create_sameUsernameStoredByAnotherRequestAfterTheCheck_isRefusedNamingTheField_andTheirsStays() {
        dimple.accounts.beforeNextSave(() -> dimple.accounts.save(Account.open("emma", "Another Emma", "hash:theirs", Set.of(Role.EMPLOYEE),
                InMemoryDimple.START)));

        TakenMeanwhile refused = catchThrowableOfType(TakenMeanwhile.class, () -> service.create(createEmma()));

        assertThat(English.said(List.of(refused.problem()))).containsExactly(English.said("username", "This username is taken."));
        assertThat(dimple.accounts.get("emma").displayName()).isEqualTo("Another Emma");
    }

    @Test
    void create_unknownRole_listsTheKnownRoles() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount("emma", "Emma", PASSWORD, List.of("EMPLOYEE", "OWNER"), null, null)));

        assertThat(English.said(refused.problems())).containsExactly(English.said("roles", "A role must be one of [EMPLOYEE, LEADER, HR, ADMIN]."));
    }

    @Test
    void create_unknownTeams_nameEachMissingTeam() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount("emma", "Emma", PASSWORD, List.of("EMPLOYEE", "LEADER"),
                List.of("Back Office", "Front Desk"), List.of("Kitchen"))));

        assertThat(English.said(refused.problems())).containsExactlyInAnyOrder(
                English.said("teams", "There is no team named \"Back Office\"."),
                English.said("leads", "There is no team named \"Kitchen\"."));
    }

    @Test
    void create_leadsWithoutLeaderRole_isRefusedOnLeads() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount("emma", "Emma", PASSWORD, List.of("EMPLOYEE"), null, List.of("Front Desk"))));

        assertThat(English.said(refused.problems())).containsExactly(English.said("leads", "Only a person with the LEADER role can lead a team."));
    }

    @Test
    void create_blankRoleName_isRefusedOnRoles() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount("emma", "Emma", PASSWORD, List.of(" "), null, null)));

        assertThat(fields(refused)).containsExactly("roles");
    }

    @Test
    void update_onlyDisplayName_keepsRolesTeamsAndLeadership() {
        service.create(new CreateAccount("lena", "Lena", PASSWORD, List.of("EMPLOYEE", "LEADER"), List.of("Online Orders"), List.of("Front Desk")));

        AccountView view = service.update(new UpdateAccount("lena", "Lena Leader", null, null, null));

        assertThat(view.displayName()).isEqualTo("Lena Leader");
        assertThat(view.roles()).containsExactly("EMPLOYEE", "LEADER");
        assertThat(view.teams()).containsExactly("Front Desk", "Online Orders");
        assertThat(view.leads()).containsExactly("Front Desk");
    }

    @Test
    void update_onlyRoles_keepsNameAndTeams() {
        service.create(createEmma());

        AccountView view = service.update(new UpdateAccount("emma", null, List.of("EMPLOYEE", "HR"), null, null));

        assertThat(view.displayName()).isEqualTo("Emma Employee");
        assertThat(view.roles()).containsExactly("EMPLOYEE", "HR");
        assertThat(view.teams()).containsExactly("Front Desk");
    }

    @Test
    void update_auditsWhatChangedFromBeforeToAfter() {
        service.create(createEmma());

        service.update(new UpdateAccount("emma", null, null, List.of("Online Orders"), null));

        assertThat(dimple.auditEntries.last().action()).isEqualTo(AuditAction.ACCOUNT_CHANGED);
        assertThat(dimple.auditEntries.last().detail()).isEqualTo(
                "name=Emma Employee roles=[EMPLOYEE] teams=[Front Desk] leads=[] -> name=Emma Employee roles=[EMPLOYEE] teams=[Online Orders] leads=[]");
    }

    @Test
    void update_thatChangesNothing_isNotAudited() {
        service.create(createEmma());
        int before = dimple.auditEntries.all().size();

        service.update(new UpdateAccount("emma", "Emma Employee", List.of("EMPLOYEE"), List.of("Front Desk"), List.of()));

        assertThat(dimple.auditEntries.all()).hasSize(before);
    }

    @Test
    void update_droppingLeaderWhileStillLeading_isRefusedOnLeads() {
        service.create(new CreateAccount("lena", "Lena", PASSWORD, List.of("EMPLOYEE", "LEADER"), null, List.of("Front Desk")));

        InvalidInput refused = refusal(() -> service.update(new UpdateAccount("lena", null, List.of("EMPLOYEE"), null, null)));

        assertThat(fields(refused)).containsExactly("leads");
        assertThat(dimple.accounts.get("lena").hasRole(Role.LEADER)).isTrue();
    }

    @Test
    void update_blankNameAndNoRoles_areRefused() {
        service.create(createEmma());

        InvalidInput refused = refusal(() -> service.update(new UpdateAccount("emma", " ", List.of(), null, null)));

        assertThat(fields(refused)).containsExactlyInAnyOrder("displayName", "roles");
        assertThat(dimple.accounts.get("emma").displayName()).isEqualTo("Emma Employee");
    }

    @Test
    void update_removingAdminFromTheLastAdmin_isRefused() {
        assertThatThrownBy(() -> service.update(new UpdateAccount("ada", null, List.of("EMPLOYEE"), null, null)))
                .isInstanceOf(LastAdminStays.class);

        assertThat(dimple.accounts.get("ada").hasRole(Role.ADMIN)).isTrue();
    }

    @Test
    void update_removingAdminWhenOnlyADisabledAdminRemains_isRefused() {
        dimple.givenAccount("otto", ADMIN_PASSWORD, Role.ADMIN).disable();

        assertThatThrownBy(() -> service.update(new UpdateAccount("ada", null, List.of("HR"), null, null)))
                .isInstanceOf(LastAdminStays.class);
    }

    @Test
    void update_removingAdminWhileAnotherEnabledAdminExists_isAllowed() {
        dimple.givenAccount("otto", ADMIN_PASSWORD, Role.ADMIN);

        AccountView view = service.update(new UpdateAccount("ada", null, List.of("HR"), null, null));

        assertThat(view.roles()).containsExactly("HR");
    }

    @Test
    void update_unknownAccount_isNotFound() {
        assertThatThrownBy(() -> service.update(new UpdateAccount("nobody", "X", null, null, null))).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> service.update(new UpdateAccount("../admin", "X", null, null, null))).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void disable_otherAccount_disablesItAndAuditsIt() {
        service.create(createEmma());

        AccountView view = service.disable("emma");

        assertThat(view.enabled()).isFalse();
        assertThat(dimple.auditEntries.last().action()).isEqualTo(AuditAction.ACCOUNT_DISABLED);
        assertThat(dimple.auditEntries.last().target()).isEqualTo("emma");
        assertThat(dimple.signIn("emma", PASSWORD, "page")).isEmpty();
        assertThat(dimple.signIns.permissionsOf("emma")).isEmpty();
    }

    @Test
    void disable_yourself_isRefused() {
        dimple.givenAccount("otto", ADMIN_PASSWORD, Role.ADMIN);

        assertThatThrownBy(() -> service.disable("ada")).isInstanceOf(OwnAccountStaysEnabled.class)
                .satisfies(English.says("You cannot disable your own account."));
        assertThat(dimple.accounts.get("ada").enabled()).isTrue();
    }

    @Test
    void disable_theLastEnabledAdmin_isRefused() {
        dimple.givenAccount("support", PASSWORD, Role.EMPLOYEE);
        dimple.currentUser.signedInAs("support", Permission.ACCOUNT_MANAGE);

        assertThatThrownBy(() -> service.disable("ada")).isInstanceOf(LastAdminStays.class);
        assertThat(dimple.accounts.get("ada").enabled()).isTrue();
    }

    @Test
    void disable_anAdminWhileAnotherIsEnabled_isAllowed() {
        dimple.givenAccount("otto", ADMIN_PASSWORD, Role.ADMIN);

        assertThat(service.disable("otto").enabled()).isFalse();
    }

    @Test
    void enable_disabledAccount_signsInAgain() {
        service.create(createEmma());
        service.disable("emma");

        service.enable("emma");

        assertThat(dimple.signIn("emma", PASSWORD, "page")).contains("emma");
        assertThat(dimple.auditEntries.withAction(AuditAction.ACCOUNT_ENABLED)).hasSize(1);
    }

    @Test
    void resetPassword_givesAOneTimePasswordThatOpensOnlyThePasswordChange_andTheOldPasswordNoLonger() {
        service.create(createEmma());
        dimple.signIn("emma", PASSWORD, "api");

        ResetPassword reset = service.resetPassword("emma");

        assertThat(reset.oneTimePassword()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(dimple.signIn("emma", PASSWORD, "api")).isEmpty();
        assertThat(dimple.signIn("emma", reset.oneTimePassword(), "api")).as("never the API").isEmpty();
        assertThat(dimple.signIn("emma", reset.oneTimePassword(), "page")).contains("emma");
        assertThat(dimple.signIns.permissionsOf("emma")).containsExactly(Permission.ACCOUNT_OWN);
        AuditEntry audited = dimple.auditEntries.withAction(AuditAction.PASSWORD_RESET).get(0);
        assertThat(audited.actor()).isEqualTo("ada");
        assertThat(audited.target()).isEqualTo("emma");
        assertThat(everyAuditText()).noneMatch(text -> text != null && text.contains(reset.oneTimePassword()));
    }

    @Test
    void resetPassword_endsEverySessionOfThePerson() {
        service.create(createEmma());
        dimple.currentUser.signedInAs("emma", Permission.ACCOUNT_OWN);
        dimple.sessionService.start("Firefox on Linux");
        dimple.sessionService.start("Chrome on Android");
        dimple.signInAsAdmin("ada");

        service.resetPassword("emma");

        assertThat(dimple.sessions.size()).isZero();
        assertThat(service.find("emma").sessions()).isZero();
        assertThat(service.find("emma").mustChangePassword()).isTrue();
    }

    @Test
    void afterAReset_thePersonChoosesTheirOwnPassword_andIsToldWhenTheResetHappened() {
        service.create(createEmma());
        ResetPassword reset = service.resetPassword("emma");
        dimple.clock.advance(Duration.ofHours(2));
        dimple.currentUser.signedInAs("emma", Permission.ACCOUNT_OWN);

        service.changeOwnPassword(new ChangeOwnPassword(reset.oneTimePassword(), NEW_PASSWORD));

        assertThat(dimple.signIns.permissionsOf("emma")).contains(Permission.SELF_USE, Permission.REPORT_READ_OWN);
        assertThat(service.me().passwordResetAt()).isEqualTo(InMemoryDimple.START);
        assertThat(service.me().mustChangePassword()).isFalse();
        assertThat(dimple.auditEntries.last().detail()).startsWith("replacing a one-time password");
    }

    @Test
    void create_orUpdate_anAdministratorWhoAlsoLeadsOrIsHr_isRefused() {
        InvalidInput created = refusal(() -> service.create(new CreateAccount("both", "Both Roles", PASSWORD, List.of("ADMIN", "HR"), List.of(), List.of())));
        assertThat(fields(created)).containsExactly("roles");

        InvalidInput updated = refusal(() -> service.update(new UpdateAccount("ada", null, List.of("ADMIN", "LEADER"), null, null)));
        assertThat(fields(updated)).containsExactly("roles");
        assertThat(dimple.accounts.get("ada").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void update_changedRoles_endEverySessionOfThePerson_otherChangesDoNot() {
        service.create(createEmma());
        dimple.currentUser.signedInAs("emma", Permission.ACCOUNT_OWN);
        dimple.sessionService.start("Firefox on Linux");
        dimple.signInAsAdmin("ada");

        service.update(new UpdateAccount("emma", "Emma E.", null, null, null));
        assertThat(dimple.sessions.size()).isEqualTo(1);

        service.update(new UpdateAccount("emma", null, List.of("EMPLOYEE", "HR"), null, null));
        assertThat(dimple.sessions.size()).isZero();
        assertThat(dimple.auditEntries.last().action()).isEqualTo(AuditAction.SESSIONS_ENDED);
    }

    @Test
    void changeOwnPassword_rightCurrentPassword_changesItAndAuditsIt() {
        service.create(createEmma());
        dimple.currentUser.signedInAs("emma", Permission.SELF_USE);
        dimple.clock.advance(Duration.ofDays(1));

        service.changeOwnPassword(new ChangeOwnPassword(PASSWORD, NEW_PASSWORD));

        Account emma = dimple.accounts.get("emma");
        assertThat(emma.passwordHash()).isEqualTo(PlainHasher.encode(NEW_PASSWORD));
        assertThat(emma.passwordChangedAt()).isEqualTo(InMemoryDimple.START.plus(Duration.ofDays(1)));
        AuditEntry changed = dimple.auditEntries.last();
        assertThat(changed.action()).isEqualTo(AuditAction.PASSWORD_CHANGED);
        assertThat(changed.actor()).isEqualTo("emma");
        assertThat(changed.detail()).isEqualTo("0 other sessions ended");
    }

    @Test
    void changeOwnPassword_endsThePersonsOtherSessions_butNotTheOneInUse() {
        service.create(createEmma());
        dimple.currentUser.signedInAs("emma", Permission.ACCOUNT_OWN, Permission.SELF_USE);
        String here = dimple.sessionService.start("Firefox on Linux");
        dimple.sessionService.start("Chrome on Android");
        dimple.sessionService.start("Safari on iOS");
        dimple.currentUser.inSession(here);

        service.changeOwnPassword(new ChangeOwnPassword(PASSWORD, NEW_PASSWORD));

        assertThat(dimple.sessionService.mine()).singleElement().satisfies(s -> assertThat(s.current()).isTrue());
        assertThat(dimple.sessionService.stillSignedIn(here)).isTrue();
    }

    @Test
    void changeOwnPassword_wrongCurrentPassword_isRefusedAndCountedLikeAFailedSignIn() {
        service.create(createEmma());
        dimple.currentUser.signedInAs("emma", Permission.SELF_USE);

        InvalidInput refused = refusal(() -> service.changeOwnPassword(new ChangeOwnPassword("a guess at it", NEW_PASSWORD)));

        assertThat(English.said(refused.problems())).containsExactly(English.said("currentPassword", "The current password is not right."));
        Account emma = dimple.accounts.get("emma");
        assertThat(emma.passwordHash()).isEqualTo(PlainHasher.encode(PASSWORD));
        assertThat(dimple.delays.findByKey(SignInDelay.accountKey("emma", "192.0.2.10"))).hasValueSatisfying(d -> assertThat(d.failures()).isEqualTo(1));
        assertThat(dimple.auditEntries.withAction(AuditAction.SIGN_IN_FAILED)).isNotEmpty();
    }

    @Test
    void changeOwnPassword_afterThreeWrongCurrentPasswords_waits_evenWithTheRightOne() {
        service.create(createEmma());
        dimple.currentUser.signedInAs("emma", Permission.SELF_USE);
        for (int i = 0; i < 3; i++) {
            refusal(() -> service.changeOwnPassword(new ChangeOwnPassword("a guess at it", NEW_PASSWORD)));
        }

        InvalidInput refused = refusal(() -> service.changeOwnPassword(new ChangeOwnPassword(PASSWORD, NEW_PASSWORD)));

        assertThat(English.of(refused.problems().get(0).message())).startsWith("Too many wrong passwords from here");
        assertThat(dimple.accounts.get("emma").passwordHash()).isEqualTo(PlainHasher.encode(PASSWORD));
        assertThat(dimple.signInFrom("emma", PASSWORD, "page", "198.51.100.4")).as("never locked out elsewhere").contains("emma");
    }

    @Test
    void signInDelays_areListedForAdministrators_andClearingOneLetsThatAddressTryAtOnce() {
        service.create(createEmma());
        for (int i = 0; i < 4; i++) {
            dimple.signIn("emma", "not the password", "page");
        }
        assertThat(dimple.signIn("emma", PASSWORD, "page")).isEmpty();

        SignInDelayView waiting = service.signInDelays().stream().filter(d -> "emma".equals(d.username())).findFirst().orElseThrow();
        service.clearSignInDelay(waiting.id());

        assertThat(dimple.signIn("emma", PASSWORD, "page")).contains("emma");
        assertThat(dimple.auditEntries.withAction(AuditAction.SIGN_IN_DELAY_CLEARED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("ada"));
    }

    @Test
    void changeOwnPassword_newPasswordAgainstPolicy_isRefusedAndKeepsTheOldOne() {
        service.create(createEmma());
        dimple.currentUser.signedInAs("emma", Permission.SELF_USE);

        InvalidInput refused = refusal(() -> service.changeOwnPassword(new ChangeOwnPassword(PASSWORD, "emma-likes-green-tea")));

        assertThat(English.said(refused.problems())).containsExactly(English.said("newPassword", "Do not put your username in your password."));
        assertThat(dimple.accounts.get("emma").passwordHash()).isEqualTo(PlainHasher.encode(PASSWORD));
    }

    @Test
    void changeOwnPassword_missingPasswords_areBothReported() {
        service.create(createEmma());
        dimple.currentUser.signedInAs("emma", Permission.SELF_USE);

        InvalidInput refused = refusal(() -> service.changeOwnPassword(new ChangeOwnPassword("", null)));

        assertThat(fields(refused)).containsExactly("currentPassword", "newPassword");
        assertThat(dimple.delays.findByKey(SignInDelay.accountKey("emma", "192.0.2.10"))).isEmpty();
    }

    @Test
    void changeOwnPassword_nobodySignedIn_isRefused() {
        dimple.currentUser.signOut();

        assertThatThrownBy(() -> service.changeOwnPassword(new ChangeOwnPassword(PASSWORD, NEW_PASSWORD))).isInstanceOf(NotSignedIn.class);
    }

    @Test
    void changeOwnPassword_commandNeverShowsThePasswordsWhenLogged() {
        assertThat(new ChangeOwnPassword(PASSWORD, NEW_PASSWORD).toString()).doesNotContain(PASSWORD).doesNotContain(NEW_PASSWORD);
        assertThat(new ResetPassword("emma", "abcd-efgh-jkmn-pqrs").toString()).doesNotContain("abcd");
    }

    @Test
    void me_showsTheSignedInPersonTheirTeamsAndPermissions() {
        service.create(new CreateAccount("lena", "Lena Leader", PASSWORD, List.of("EMPLOYEE", "LEADER"), null, List.of("Front Desk")));
        dimple.currentUser.signedInAs("lena", Permission.SELF_USE);

        MeView me = service.me();

        assertThat(me.username()).isEqualTo("lena");
        assertThat(me.teams()).containsExactly("Front Desk");
        assertThat(me.leads()).containsExactly("Front Desk");
        assertThat(me.hasRole("LEADER")).isTrue();
        assertThat(me.may(Permission.SELF_USE)).isTrue();
        assertThat(me.may(Permission.ACCOUNT_MANAGE)).isFalse();
    }

    @Test
    void list_findsByUsernameOrDisplayNameIgnoringCase() {
        service.create(createEmma());
        service.create(new CreateAccount("eli", "Eli Employee", PASSWORD, List.of("EMPLOYEE"), null, null));

        PageView<AccountView> found = service.list("  EMPLOYEE ", null, null);

        assertThat(found.items()).extracting(AccountView::username).containsExactly("eli", "emma");
        assertThat(found.total()).isEqualTo(2);
        assertThat(found.size()).isEqualTo(20);
    }

    @Test
    void list_pageSizeOverOneHundred_isRefusedOnSize() {
        assertThat(fields(refusal(() -> service.list(null, 0, 101)))).containsExactly("size");
    }

    @Test
    void find_unknownAccount_isNotFound() {
        assertThatThrownBy(() -> service.find("nobody")).isInstanceOf(RecordNotFound.class).satisfies(English.says("No such account."));
    }
}
