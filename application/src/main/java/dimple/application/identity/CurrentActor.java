package dimple.application.identity;

import dimple.application.shared.CurrentUser;
import dimple.application.shared.NotSignedIn;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Port: the {@link Actor} making this request, resolved once per request. Implemented in
 * infrastructure (kept on the request, so the sign-in name is looked up once however many use cases a
 * page or an API call runs); outside a request (scheduled work, outbox handlers) nobody is signed in
 * and {@link #require()} refuses with {@link NotSignedIn}, as the services did before.
 *
 * <p>{@link #lookUp} is the one place where the signed-in username becomes an account: use cases ask
 * this port and never look the username up themselves (an architecture rule in web's tests checks it).
 */
public interface CurrentActor {
    /**
     * The actor of this request; refuses with {@link NotSignedIn} when nobody is signed in or the
     * signed-in name has no account.
     */
    Actor require();

    /**
     * The actor's account aggregate, for a domain rule that needs it: one look-up by primary key (in the
     * use case that resolved the actor, its persistence context holds the account already). A use case that
     * needs only the id or the teams reads them from {@link #require()} and loads nothing. Refuses as
     * {@link #require()} does, and if the account has gone since.
     */
    default Account account(AccountRepository accounts) {
        return accounts.findById(require().accountId()).orElseThrow(NotSignedIn::new);
    }

    /**
     * Looks the signed-in person up: the only place that turns {@link CurrentUser#require()} into an
     * account. No check of {@link Account#enabled()} here, as before: a disabled account holds no
     * permission, so the permission checks refuse it.
     */
    static Actor lookUp(CurrentUser currentUser, AccountRepository accounts, Locale language, ZoneId timeZone) {
        Account account = accounts.findByUsername(currentUser.require()).orElseThrow(NotSignedIn::new);
        return Actor.of(account, language, timeZone);
    }
}
