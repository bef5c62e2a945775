package dimple.application.identity;

import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Role;
import dimple.domain.shared.UniqueKeyTaken;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Accounts kept in a map, with the same query semantics as the JPA repository. */
public class InMemoryAccounts implements AccountRepository {
    private final Map<String, Account> byId = new LinkedHashMap<>();
    private int saves;

    @Override
    public Optional<Account> findByUsername(String username) {
        return byId.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<Account> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Account> findByIds(Collection<String> ids) {
        return ids.stream().distinct().map(byId::get).filter(a -> a != null).toList();
    }

    @Override
    public List<Account> findByUsernames(Collection<String> usernames) {
        return byId.values().stream().filter(a -> usernames.contains(a.username())).sorted(Comparator.comparing(Account::username)).toList();
    }

    @Override
    public Page<Account> search(String text, PageRequest page) {
        String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<Account> matching = byId.values().stream()
                .filter(a -> a.username().toLowerCase(Locale.ROOT).contains(needle) || a.displayName().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(Account::username))
                .toList();
        List<Account> slice = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return Page.of(slice, page, matching.size());
    }

    @Override
    public long countEnabledWithRole(Role role) {
        return byId.values().stream().filter(a -> a.enabled() && a.hasRole(role)).count();
    }

    @Override
    public long countMembers(String teamId) {
        return byId.values().stream().filter(a -> a.isMemberOf(teamId)).count();
    }

    @Override
    public long countLeaders(String teamId) {
        return byId.values().stream().filter(a -> a.leads(teamId)).count();
    }

    @Override
    public List<Account> leadersOf(String teamId) {
        return byId.values().stream().filter(a -> a.enabled() && a.leads(teamId))
                .sorted(java.util.Comparator.comparing(Account::username)).toList();
    }

    @Override
    public List<dimple.domain.identity.PersonName> names() {
        return byId.values().stream().map(a -> new dimple.domain.identity.PersonName(a.username(), a.displayName())).toList();
    }

    @Override
    public long count() {
        return byId.size();
    }

    private Runnable beforeNextSave = () -> { };

    /** Like the database's unique key: another account with the same username is refused. */
    @Override
    public void save(Account account) {
        Runnable meanwhile = beforeNextSave;
        beforeNextSave = () -> { };
        meanwhile.run();
        if (byId.values().stream().anyMatch(a -> a.username().equals(account.username()) && !a.id().equals(account.id()))) {
            throw new UniqueKeyTaken();
        }
        saves++;
        byId.put(account.id(), account);
    }

    /** What someone else does at the same moment, after the use case's checks and just before its save. */
    public void beforeNextSave(Runnable meanwhile) {
        this.beforeNextSave = meanwhile;
    }

    /** The stored account; fails the test when there is none. */
    public Account get(String username) {
        return findByUsername(username).orElseThrow(() -> new AssertionError("no account " + username));
    }

    public List<Account> all() {
        return List.copyOf(byId.values());
    }

    public int saves() {
        return saves;
    }
}
