package dimple.domain.identity;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface AccountRepository {
    Optional<Account> findByUsername(String username);

    Optional<Account> findById(String id);

    List<Account> findByIds(java.util.Collection<String> ids);

    List<Account> findByUsernames(java.util.Collection<String> usernames);

    /** Accounts whose username or display name contains the text (case-insensitive), ordered by username. */
    Page<Account> search(String text, PageRequest page);

    long countEnabledWithRole(Role role);

    long countMembers(String teamId);

    long countLeaders(String teamId);

    /** The enabled accounts that lead the team, ordered by username. */
    List<Account> leadersOf(String teamId);

    long count();

    /** How everybody of the organisation is named, enabled or not (to find their names where they must not be published). */
    List<PersonName> names();

    void save(Account account);
}
