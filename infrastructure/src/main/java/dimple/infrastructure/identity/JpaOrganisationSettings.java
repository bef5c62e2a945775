package dimple.infrastructure.identity;

import dimple.domain.identity.OrganisationSetting;
import dimple.domain.identity.OrganisationSettings;
import dimple.domain.identity.SettingName;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationSettings implements OrganisationSettings {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaOrganisationSettings() {
    }

    public JpaOrganisationSettings(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<OrganisationSetting> find(SettingName name) {
        return Optional.ofNullable(em.find(OrganisationSetting.class, name));
    }

    @Override
    public void save(OrganisationSetting setting) {
        Queries.save(em, setting);
    }
}
