package dimple.application.identity;

import dimple.application.shared.Check;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A person's own language and time zone for pages (ADR 45). Only the person reads or changes them; nothing
 * else shows them, so they can never tie a confidential report to its reporter.
 */
@ApplicationScoped
@Transactional
public class PersonalSettingsService {
    /** The languages Dimple speaks, English first (the default). */
    public static final List<String> LANGUAGES = List.of("en", "de");

    private AccountRepository accounts;
    private CurrentActor actor;
    private OrganisationTimeZone organisationZone;

    protected PersonalSettingsService() {
    }

    @Inject
    public PersonalSettingsService(AccountRepository accounts, CurrentActor actor, OrganisationTimeZone organisationZone) {
        this.accounts = accounts;
        this.actor = actor;
        this.organisationZone = organisationZone;
    }

    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public PersonalSettingsView mine() {
        return view(actor.account(accounts));
    }

    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public PersonalSettingsView changeMine(ChangePersonalSettings command) {
        Account me = actor.account(accounts);
        String language = command.language() == null ? me.language().orElse(null) : command.language().strip();
        String zone = command.timeZone() == null ? me.timeZone().orElse(null) : command.timeZone().strip();
        Check.input()
                .that(language == null || language.isEmpty() || LANGUAGES.contains(language), "language", "input.language", String.join(", ", LANGUAGES))
                .that(zone == null || zone.isEmpty() || OrganisationTimeZone.isKnown(zone), "timeZone", "input.timeZone", String.valueOf(zone))
                .orRefuse();
        me.chooseLanguageAndTimeZone(language, zone);
        return view(me);
    }

    private PersonalSettingsView view(Account account) {
        return new PersonalSettingsView(account.language().orElse(null), account.timeZone().orElse(null),
                organisationZone.zone().getId(), LANGUAGES);
    }
}
