package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.OrganisationSetting;
import dimple.domain.identity.SettingName;
import dimple.infrastructure.persistence.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaOrganisationSettingsIT {
    private static final Instant AT = Instant.parse("2026-12-06T09:00:00Z");
    private static final SettingName SECOND_LEADER = SettingName.SECOND_LEADER_APPROVES_REVIEWS;

    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void aSettingNeverStored_isOff() {
        boolean on = db.inTransaction(em -> new JpaOrganisationSettings(em).isOn(SECOND_LEADER));

        assertThat(on).isFalse();
    }

    @Test
    void aSwitch_isStored_andSwitchedBackOff_withWhoAndWhen() {
        db.run(em -> {
            OrganisationSetting setting = OrganisationSetting.off(SECOND_LEADER);
            setting.switchTo(true, "admin-id", AT);
            new JpaOrganisationSettings(em).save(setting);
        });
        boolean switchedOn = db.inTransaction(em -> new JpaOrganisationSettings(em).isOn(SECOND_LEADER));
        assertThat(switchedOn).isTrue();

        db.run(em -> {
            JpaOrganisationSettings settings = new JpaOrganisationSettings(em);
            OrganisationSetting stored = settings.find(SECOND_LEADER).orElseThrow();
            stored.switchTo(false, "other-admin-id", AT.plusSeconds(60));
            settings.save(stored);
        });

        OrganisationSetting stored = db.inTransaction(em -> new JpaOrganisationSettings(em).find(SECOND_LEADER).orElseThrow());
        assertThat(stored.isOn()).isFalse();
        assertThat(stored.changedByAccountId()).isEqualTo("other-admin-id");
        assertThat(stored.changedAt()).isEqualTo(AT.plusSeconds(60));
    }
}
