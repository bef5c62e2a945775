package dimple.infrastructure.identity;

import dimple.domain.identity.ProviderLink;
import dimple.domain.identity.ProviderLinkRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaProviderLinkRepository implements ProviderLinkRepository {
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaProviderLinkRepository() {
    }

    public JpaProviderLinkRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ProviderLink> find(String issuer, String subject) {
        return Queries.single(em.createQuery("select l from ProviderLink l where l.issuer = :i and l.subject = :s", ProviderLink.class)
                .setParameter("i", issuer).setParameter("s", subject));
    }

    @Override
    public Set<String> linkedAmong(Collection<String> accountIds) {
        Set<String> linked = new HashSet<>();
        List<String> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            linked.addAll(em.createQuery("select l.accountId from ProviderLink l where l.accountId in :ids", String.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList());
        }
        return linked;
    }

    @Override
    public void save(ProviderLink link) {
        Queries.save(em, link);
    }
}
