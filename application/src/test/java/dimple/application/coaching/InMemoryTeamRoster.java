package dimple.application.coaching;

import dimple.application.identity.InMemoryAccounts;
import dimple.domain.identity.Account;
import java.util.Collection;
import java.util.List;

/** Team membership read from the in-memory accounts. */
public class InMemoryTeamRoster implements TeamRoster {
    private final InMemoryAccounts accounts;

    public InMemoryTeamRoster(InMemoryAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<String> accountIdsOf(Collection<String> teamIds) {
        return accounts.all().stream().filter(a -> a.memberOf().stream().anyMatch(teamIds::contains)).map(Account::id).toList();
    }
}
