package dimple.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.domain.audit.AuditEntry;
import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.SettingName;
import org.junit.jupiter.api.Test;

class OrganisationSettingsServiceTest {
    private final InMemoryDimple dimple = new InMemoryDimple();
    private final InMemoryOrganisationSettings settings = new InMemoryOrganisationSettings();
    private final OrganisationSettingsService service = new OrganisationSettingsService(settings, dimple.accounts, dimple.actor, dimple.audit,
            dimple.clock);
    private final Account ada;

    OrganisationSettingsServiceTest() {
        ada = dimple.givenAccount("ada", "a long enough passphrase", Role.ADMIN);
        dimple.currentUser.signedInAs("ada", Role.ADMIN.permissions().toArray(String[]::new));
    }

    @Test
    void aSecondLeaderApproving_isOffUntilSwitchedOn() {
        assertThat(service.current().secondLeaderApprovesReviews()).isFalse();
        assertThat(settings.byName).as("nothing is stored for a setting nobody switched").isEmpty();
    }

    @Test
    void switchingOn_isStoredWithWhoAndWhen_andAudited() {
        OrganisationSettingsView now = service.change(new OrganisationSettingsView(true));

        assertThat(now.secondLeaderApprovesReviews()).isTrue();
        assertThat(settings.byName.get(SettingName.SECOND_LEADER_APPROVES_REVIEWS).changedByAccountId()).isEqualTo(ada.id());
        AuditEntry entry = dimple.auditEntries.last();
        assertThat(entry.action()).isEqualTo(AuditAction.SETTING_CHANGED);
        assertThat(entry.actor()).isEqualTo("ada");
        assertThat(entry.target()).isEqualTo("SECOND_LEADER_APPROVES_REVIEWS");
        assertThat(entry.detail()).isEqualTo("off -> on");
    }

    @Test
    void savingWithoutAChange_writesNoAuditEntry() {
        service.change(new OrganisationSettingsView(true));
        AuditEntry before = dimple.auditEntries.last();

        service.change(new OrganisationSettingsView(true));

        assertThat(dimple.auditEntries.last()).isSameAs(before);
    }
}
