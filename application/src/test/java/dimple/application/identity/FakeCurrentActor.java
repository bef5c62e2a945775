package dimple.application.identity;

import dimple.application.shared.CurrentUser;
import dimple.domain.identity.AccountRepository;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The actor looked up afresh at every call, as if each service call were a request of its own, so a test
 * may sign someone else in (or out) between two calls. English and UTC stand in for the request's language
 * and the server's time zone.
 */
public class FakeCurrentActor implements CurrentActor {
    public static final Locale LANGUAGE = Locale.ENGLISH;
    public static final ZoneId TIME_ZONE = ZoneOffset.UTC;

    private final CurrentUser currentUser;
    private final AccountRepository accounts;

    public FakeCurrentActor(CurrentUser currentUser, AccountRepository accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public Actor require() {
        return CurrentActor.lookUp(currentUser, accounts, LANGUAGE, TIME_ZONE);
    }
}
