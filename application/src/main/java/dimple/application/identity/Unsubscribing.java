package dimple.application.identity;

import dimple.application.shared.MailChoice;
import dimple.application.shared.MailKind;
import dimple.application.shared.MailPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The unsubscribe link of a mail, which works without signing in: its token, signed by the server and
 * expiring, names the account and the kinds to turn off. Not a service with a permission: the token is
 * the permission, and it can do nothing but turn mail off.
 */
@ApplicationScoped
@Transactional
public class Unsubscribing {
    private MailPreferences preferences;
    private Clock clock;

    protected Unsubscribing() {
    }

    @Inject
    public Unsubscribing(MailPreferences preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /** What the token would turn off, or why it is refused; changes nothing (a page shows it before the person confirms). */
    public Unsubscribed check(String token) {
        MailPreferences.Unsubscribe verdict = preferences.readToken(token, clock.instant());
        return new Unsubscribed(verdict.good() ? names(verdict.kinds()) : List.of(), verdict.refusal());
    }

    /** Turns the token's kinds of mail off for its account. */
    public Unsubscribed unsubscribe(String token) {
        MailPreferences.Unsubscribe verdict = preferences.readToken(token, clock.instant());
        if (!verdict.good()) {
            return new Unsubscribed(List.of(), verdict.refusal());
        }
        for (MailKind kind : verdict.kinds()) {
            preferences.choose(verdict.accountId(), kind, MailChoice.OFF, clock.instant());
        }
        return new Unsubscribed(names(verdict.kinds()), null);
    }

    private static List<String> names(List<MailKind> kinds) {
        return kinds.stream().map(Enum::name).toList();
    }
}
