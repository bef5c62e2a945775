package dimple.archfixture.application.reporting;

import dimple.application.shared.CurrentUser;
import dimple.application.shared.NotSignedIn;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import java.util.Optional;

/**
 * Deliberately broken: a use case that looks the signed-in person up itself instead of asking
 * {@code CurrentActor}, once plainly and once through a method reference. Only for ActorLookUpTest.
 */
public class SelfLookingService {
    private AccountRepository accounts;
    private CurrentUser currentUser;

    Account me() {
        return accounts.findByUsername(currentUser.require()).orElseThrow(NotSignedIn::new);
    }

    Optional<Account> meIfSignedIn() {
        return currentUser.username().flatMap(accounts::findByUsername);
    }

    /** Not a violation: someone named in a command, looked up by the name given. */
    Optional<Account> named(String username) {
        return accounts.findByUsername(username);
    }
}
