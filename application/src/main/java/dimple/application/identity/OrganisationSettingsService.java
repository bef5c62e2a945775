package dimple.application.identity;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.OrganisationSetting;
import dimple.domain.identity.OrganisationSettings;
import dimple.domain.identity.Permission;
import dimple.domain.identity.SettingName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The organisation's settings: administrators read and switch them; each switch that changes something
 * is written to the audit log. Every setting is off until an administrator switches it on.
 */
@ApplicationScoped
@Transactional
public class OrganisationSettingsService {
    private OrganisationSettings settings;
    private AccountRepository accounts;
    private CurrentActor actor;
    private AuditTrail audit;
    private Clock clock;

    protected OrganisationSettingsService() {
    }

    @Inject
    public OrganisationSettingsService(OrganisationSettings settings, AccountRepository accounts, CurrentActor actor, AuditTrail audit,
                                       Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @RequiresPermissions(Permission.SETTINGS_MANAGE)
    public OrganisationSettingsView current() {
        return new OrganisationSettingsView(settings.isOn(SettingName.SECOND_LEADER_APPROVES_REVIEWS));
    }

    /** Sets the settings to these values; a setting that is already so stays as it is, unaudited. */
    @RequiresPermissions(Permission.SETTINGS_MANAGE)
    public OrganisationSettingsView change(OrganisationSettingsView wanted) {
        switchTo(SettingName.SECOND_LEADER_APPROVES_REVIEWS, wanted.secondLeaderApprovesReviews());
        return current();
    }

    private void switchTo(SettingName name, boolean on) {
        OrganisationSetting setting = settings.find(name).orElseGet(() -> OrganisationSetting.off(name));
        boolean wasOn = setting.isOn();
        if (wasOn == on) {
            return;
        }
        setting.switchTo(on, actor.account(accounts).id(), clock.instant());
        settings.save(setting);
        audit.record(AuditAction.SETTING_CHANGED, name.name(), (wasOn ? "on" : "off") + " -> " + (on ? "on" : "off"));
    }
}
