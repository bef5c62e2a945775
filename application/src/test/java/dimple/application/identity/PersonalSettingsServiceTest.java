package dimple.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.application.InMemoryDimple;
import dimple.application.shared.English;
import dimple.application.shared.InvalidInput;
import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PersonalSettingsServiceTest {
    private final InMemoryDimple dimple = new InMemoryDimple();
    private final PersonalSettingsService service = new PersonalSettingsService(dimple.accounts, dimple.actor,
            new OrganisationTimeZone(ZoneId.of("Europe/Berlin")));
    private final Account emma = dimple.givenAccount("emma", "secret", Role.EMPLOYEE);

    PersonalSettingsServiceTest() {
        dimple.currentUser.signedInAs("emma");
    }

    @Test
    void aPersonWhoChoseNothing_followsTheBrowserAndTheOrganisation() {
        PersonalSettingsView mine = service.mine();

        assertThat(mine.language()).isNull();
        assertThat(mine.timeZone()).isNull();
        assertThat(mine.organisationTimeZone()).isEqualTo("Europe/Berlin");
        assertThat(mine.languages()).containsExactly("en", "de");
        assertThat(dimple.actor.require().language()).isEqualTo(FakeCurrentActor.LANGUAGE);
    }

    @Test
    void germanAndAZone_areKept_andTheActorOfTheNextRequestSpeaksAndCountsInThem() {
        service.changeMine(new ChangePersonalSettings("de", "America/New_York"));

        assertThat(emma.language()).contains("de");
        assertThat(emma.timeZone()).contains("America/New_York");
        Actor next = dimple.actor.require();
        assertThat(next.language()).isEqualTo(Locale.GERMAN);
        assertThat(next.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void anAbsentField_staysAsItIs_andABlankOneGoesBackToTheDefault() {
        service.changeMine(new ChangePersonalSettings("de", "Europe/Vienna"));

        PersonalSettingsView onlyZone = service.changeMine(new ChangePersonalSettings(null, ""));

        assertThat(onlyZone.language()).isEqualTo("de");
        assertThat(onlyZone.timeZone()).isNull();
        assertThat(dimple.actor.require().timeZone()).isEqualTo(FakeCurrentActor.TIME_ZONE);
    }

    @Test
    void aLanguageDimpleDoesNotSpeak_andAZoneJavaDoesNotKnow_areRefusedOnTheirFields_andNothingChanges() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> service.changeMine(new ChangePersonalSettings("fr", "Europe/Munich")));

        assertThat(English.said(refused.problems())).containsExactly(
                English.said("language", "Choose one of the languages Dimple speaks: en, de."),
                English.said("timeZone", "Europe/Munich is not a time zone Dimple knows: choose one such as Europe/Berlin or UTC."));
        assertThat(emma.language()).isEmpty();
        assertThat(emma.timeZone()).isEmpty();
    }

    @Test
    void anOffsetWithoutARegion_isRefused_forItKnowsNoSummerTime() {
        assertThat(OrganisationTimeZone.isKnown("+01:00")).isFalse();
        assertThat(OrganisationTimeZone.isKnown("UTC")).isTrue();
        assertThat(OrganisationTimeZone.isKnown("Europe/Berlin")).isTrue();
    }
}
