package dimple.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** One switch of the organisation (see {@link SettingName}), with who last switched it and when. A setting never stored is off. */
@Entity
@Table(name = "organisation_setting")
public class OrganisationSetting {
    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 80)
    private SettingName name;

    @Column(name = "switched_on", nullable = false)
    private boolean on;

    @Column(name = "changed_by", nullable = false, length = 36)
    private String changedByAccountId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected OrganisationSetting() {
    }

    /** A setting as it is before anybody switched it: off. */
    public static OrganisationSetting off(SettingName name) {
        OrganisationSetting setting = new OrganisationSetting();
        setting.name = Objects.requireNonNull(name);
        return setting;
    }

    /** Switches it on or off; returns whether that changed anything. */
    public boolean switchTo(boolean on, String byAccountId, Instant at) {
        if (this.on == on && changedAt != null) {
            return false;
        }
        boolean changed = this.on != on;
        this.on = on;
        this.changedByAccountId = Objects.requireNonNull(byAccountId);
        this.changedAt = Objects.requireNonNull(at);
        return changed;
    }

    public SettingName name() {
        return name;
    }

    public boolean isOn() {
        return on;
    }

    public String changedByAccountId() {
        return changedByAccountId;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
