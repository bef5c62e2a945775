package dimple.infrastructure.audit;

import dimple.domain.audit.AuditEntry;
import dimple.domain.audit.AuditEntryRepository;
import dimple.domain.audit.AuditQuery;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaAuditEntryRepository() {
    }

    public JpaAuditEntryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (query.action() != null) {
            conditions.add("e.action = :action");
        }
        if (query.actor() != null) {
            conditions.add("e.actor = :actor");
        }
        if (query.from() != null) {
            conditions.add("e.at >= :from");
        }
        if (query.to() != null) {
            conditions.add("e.at < :to");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<AuditEntry> items = em.createQuery("select e from AuditEntry e" + where + " order by e.at desc, e.id", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        bind(items, query);
        bind(count, query);
        return Queries.page(items, count, page);
    }

    private static void bind(TypedQuery<?> q, AuditQuery query) {
        if (query.action() != null) {
            q.setParameter("action", query.action());
        }
        if (query.actor() != null) {
            q.setParameter("actor", query.actor());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
    }
}
