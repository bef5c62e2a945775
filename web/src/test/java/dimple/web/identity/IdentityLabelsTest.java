package dimple.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdentityLabelsTest {
    @Test
    void roles_readAsWords_inTheirUsualOrder_withoutBrackets() {
        assertThat(IdentityLabels.roles(List.of("LEADER", "EMPLOYEE"), Locale.ENGLISH)).isEqualTo("Employee, Leader");
        assertThat(IdentityLabels.roles(List.of("ADMIN"), Locale.ENGLISH)).isEqualTo("Administrator");
        assertThat(IdentityLabels.roles(List.of("HR", "EMPLOYEE"), Locale.GERMAN)).isEqualTo("Mitarbeitende, Personal");
        assertThat(IdentityLabels.roles(List.of(), Locale.ENGLISH)).isEmpty();
        assertThat(IdentityLabels.roles(List.of("EMPLOYEE", "AUDITOR"), Locale.ENGLISH)).as("an unknown role shows as it is")
                .isEqualTo("Employee, AUDITOR");
        assertThat(new IdentityLabels().list(List.of("Front Desk", "Online Orders"))).isEqualTo("Front Desk, Online Orders");
    }

    @Test
    void theWaitAfterFailedSignIns_readsInTheSingularForOneSecond_andInMinutesFromTwoMinutes() {
        assertThat(SignIn.waitMessage(1, Locale.ENGLISH)).isEqualTo(
                "Too many failed sign-ins from here. Wait 1 second and try again; an administrator can lift the wait sooner.");
        assertThat(SignIn.waitMessage(30, Locale.ENGLISH)).contains("Wait 30 seconds and");
        assertThat(SignIn.waitMessage(121, Locale.ENGLISH)).contains("Wait 3 minutes and");
    }
}
