package dimple.infrastructure.identity;

import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.PersonName;
import dimple.domain.identity.Role;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaAccountRepository() {
    }

    public JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return Queries.single(em.createQuery("select a from Account a where a.username = :u", Account.class).setParameter("u", username));
    }

    @Override
    public Optional<Account> findById(String id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public List<Account> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids", Account.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Account> findByUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.username in :u order by a.username", Account.class)
                .setParameter("u", usernames).getResultList();
    }

    @Override
    public Page<Account> search(String text, PageRequest page) {
        String pattern = Queries.containsPattern(text == null ? "" : text);
        String where = " where lower(a.username) like :p escape '!' or lower(a.displayName) like :p escape '!'";
        return Queries.page(
                em.createQuery("select a from Account a" + where + " order by a.username", Account.class).setParameter("p", pattern),
                em.createQuery("select count(a) from Account a" + where, Long.class).setParameter("p", pattern),
                page);
    }

    @Override
    public long countEnabledWithRole(Role role) {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :r and a.enabled = true", Long.class)
                .setParameter("r", role).getSingleResult();
    }

    @Override
    public long countMembers(String teamId) {
        return em.createQuery("select count(a) from Account a join a.memberOf t where t = :t", Long.class)
                .setParameter("t", teamId).getSingleResult();
    }

    @Override
    public long countLeaders(String teamId) {
        return em.createQuery("select count(a) from Account a join a.leads t where t = :t", Long.class)
                .setParameter("t", teamId).getSingleResult();
    }

    @Override
    public List<Account> leadersOf(String teamId) {
        return em.createQuery("select a from Account a join a.leads t where t = :t and a.enabled = true order by a.username", Account.class)
                .setParameter("t", teamId).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Override
    public List<PersonName> names() {
        return em.createQuery("select new dimple.domain.identity.PersonName(a.username, a.displayName) from Account a", PersonName.class)
                .getResultList();
    }

    @Override
    public void save(Account account) {
        Queries.save(em, account);
    }
}
