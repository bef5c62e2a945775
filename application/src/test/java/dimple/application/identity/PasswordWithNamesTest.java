package dimple.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.application.InMemoryDimple;
import dimple.application.shared.English;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every door where a person sets a password (an account opened by an admin, one's own change, also
 * after a reset) refuses the product's name and the person's own name, and keeps the password that was there.
 */
class PasswordWithNamesTest {
    private static final String PASSWORD = "lantern drift quietly";
    private static final String NAME_PROBLEM = "Do not put your name in your password (it contains \u201CEmployee\u201D).";

    private final InMemoryDimple dimple = new InMemoryDimple();
    private final AccountService service = dimple.accountService;

    PasswordWithNamesTest() {
        dimple.givenTeam("Front Desk");
        dimple.givenAccount("ada", "admin knows the tides", Role.ADMIN);
        dimple.signInAsAdmin("ada");
    }

    private static InvalidInput refusal(Runnable call) {
        return catchThrowableOfType(InvalidInput.class, call::run);
    }

    @Test
    void create_passwordWithAWordOfTheDisplayName_isRefusedAndNoAccountIsOpened() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount("emma", "Emma Employee", "best employee of the year",
                List.of("EMPLOYEE"), List.of("Front Desk"), List.of())));

        assertThat(English.said(refused.problems())).containsExactly(English.said("password", NAME_PROBLEM));
        assertThat(dimple.accounts.findByUsername("emma")).isEmpty();
    }

    @Test
    void create_passwordWithTheProductsName_isRefused() {
        InvalidInput refused = refusal(() -> service.create(new CreateAccount("emma", "Emma Employee", "We Love Dimple Here",
                List.of("EMPLOYEE"), List.of("Front Desk"), List.of())));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("password");
        assertThat(English.of(refused.problems().get(0).message())).contains("\u201Cdimple\u201D");
    }

    @Test
    void afterAReset_aNewPasswordWithThePersonsName_isRefusedAndTheOneTimePasswordStays() {
        service.create(new CreateAccount("emma", "Emma Employee", PASSWORD, List.of("EMPLOYEE"), List.of("Front Desk"), List.of()));
        String oneTime = service.resetPassword("emma").oneTimePassword();
        dimple.currentUser.signedInAs("emma", Permission.ACCOUNT_OWN);

        InvalidInput refused = refusal(() -> service.changeOwnPassword(new ChangeOwnPassword(oneTime, "EMPLOYEE of the month")));

        assertThat(English.said(refused.problems())).containsExactly(English.said("newPassword", NAME_PROBLEM));
        assertThat(dimple.accounts.get("emma").mustChangePassword()).isTrue();
    }

    @Test
    void changeOwnPassword_toOneWithOnesOwnName_isRefusedAndTheOldPasswordStays() {
        service.create(new CreateAccount("emma", "Emma Employee", PASSWORD, List.of("EMPLOYEE"), List.of("Front Desk"), List.of()));
        dimple.currentUser.signedInAs("emma", Permission.ACCOUNT_OWN);

        InvalidInput refused = refusal(() -> service.changeOwnPassword(new ChangeOwnPassword(PASSWORD, "employee lanterns at dusk")));

        assertThat(English.said(refused.problems())).containsExactly(English.said("newPassword", NAME_PROBLEM));
        assertThat(dimple.accounts.get("emma").passwordHash()).isEqualTo(PlainHasher.encode(PASSWORD));
    }
}
