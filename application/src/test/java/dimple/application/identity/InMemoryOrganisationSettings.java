package dimple.application.identity;

import dimple.domain.identity.OrganisationSetting;
import dimple.domain.identity.OrganisationSettings;
import dimple.domain.identity.SettingName;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The organisation's settings, in memory. */
public class InMemoryOrganisationSettings implements OrganisationSettings {
    public final Map<SettingName, OrganisationSetting> byName = new EnumMap<>(SettingName.class);

    @Override
    public Optional<OrganisationSetting> find(SettingName name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public void save(OrganisationSetting setting) {
        byName.put(setting.name(), setting);
    }
}
