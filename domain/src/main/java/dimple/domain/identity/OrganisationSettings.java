package dimple.domain.identity;

import java.util.Optional;

/** Port: the organisation's settings. */
public interface OrganisationSettings {
    Optional<OrganisationSetting> find(SettingName name);

    /** Whether the setting is switched on; one never stored is off. */
    default boolean isOn(SettingName name) {
        return find(name).map(OrganisationSetting::isOn).orElse(false);
    }

    void save(OrganisationSetting setting);
}
