package dimple.application.identity;

import dimple.application.shared.Check;
import dimple.application.shared.MailChoice;
import dimple.application.shared.MailKind;
import dimple.application.shared.MailPreferences;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mail settings (docs/adr/0030): everybody sets their own address and chooses per kind (at once, daily
 * digest, off); administrators set an account's address; the audit readers see how the queue is doing.
 */
@ApplicationScoped
@Transactional
public class MailService {
    private AccountRepository accounts;
    private MailPreferences preferences;
    private CurrentActor actor;
    private Clock clock;

    protected MailService() {
    }

    @Inject
    public MailService(AccountRepository accounts, MailPreferences preferences, CurrentActor actor, Clock clock) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.actor = actor;
        this.clock = clock;
    }

    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public MailSettingsView mine() {
        Account me = actor.account(accounts);
        return view(me);
    }

    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public MailSettingsView changeMine(ChangeMailSettings command) {
        Account me = actor.account(accounts);
        Check check = Check.input();
        Map<MailKind, MailChoice> chosen = new LinkedHashMap<>();
        if (command.choices() != null) {
            command.choices().forEach((kind, choice) -> {
                MailKind k = known(MailKind.class, kind);
                MailChoice c = known(MailChoice.class, choice);
                check.that(k != null, "choices", "input.unknownMailKind", String.valueOf(kind));
                check.that(c != null, "choices", "input.unknownMailChoice", String.valueOf(choice));
                if (k != null && c != null) {
                    chosen.put(k, c);
                }
            });
        }
        validEmail(check, command.email());
        check.orRefuse();
        if (command.email() != null) {
            me.changeEmail(command.email());
            accounts.save(me);
        }
        chosen.forEach((kind, choice) -> preferences.choose(me.id(), kind, choice, clock.instant()));
        return view(me);
    }

    /** An account's address as administrators see it (null: none). */
    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public String emailOf(String username) {
        return existing(username).email().orElse(null);
    }

    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public String changeEmail(String username, String email) {
        Account account = existing(username);
        Check check = Check.input();
        validEmail(check, email);
        check.orRefuse();
        account.changeEmail(email);
        accounts.save(account);
        return account.email().orElse(null);
    }

    @RequiresPermissions(Permission.AUDIT_READ)
    public MailPreferences.Health queue() {
        return preferences.health(clock.instant());
    }

    /** Every failed message, latest failure first, {@code size} at a time (at most 100; 20 by default). */
    @RequiresPermissions(Permission.AUDIT_READ)
    public dimple.application.shared.PageView<MailPreferences.Failure> failures(Integer page, Integer size) {
        return dimple.application.shared.Paging.view(preferences.failures(dimple.application.shared.Paging.request(page, size), clock.instant()),
                f -> f);
    }

    /** A refused address is a field problem of the form (400), not a conflict. */
    private static void validEmail(Check check, String email) {
        check.that(email == null || email.isBlank() || Account.isValidEmail(email.strip()), "email", "rule.emailAddressRefused");
    }

    private Account existing(String username) {
        return accounts.findByUsername(username == null ? "" : username).orElseThrow(() -> new RecordNotFound("account"));
    }

    private MailSettingsView view(Account account) {
        Map<String, String> choices = new LinkedHashMap<>();
        preferences.choices(account.id()).forEach((kind, choice) -> choices.put(kind.name(), choice.name()));
        return new MailSettingsView(account.email().orElse(null), choices, preferences.offBecause().isEmpty());
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
