package dimple.infrastructure.retention;

import dimple.domain.retention.AuditLogPastRetention;
import dimple.domain.retention.Due;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Old audit entries, by the index on their time: counted, then deleted oldest first in batches. */
@ApplicationScoped
public class JpaAuditLogPastRetention implements AuditLogPastRetention {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaAuditLogPastRetention() {
    }

    public JpaAuditLogPastRetention(EntityManager em) {
        this.em = em;
    }

    @Override
    public Due due(Instant recordedBefore) {
        long count = em.createQuery("select count(e) from AuditEntry e where e.at < :before", Long.class)
                .setParameter("before", recordedBefore).getSingleResult();
        // The oldest by ordering, not min(): an aggregate over a converted attribute comes back unconverted on PostgreSQL.
        List<Instant> oldest = em.createQuery("select e.at from AuditEntry e where e.at < :before order by e.at", Instant.class)
                .setParameter("before", recordedBefore).setMaxResults(1).getResultList();
        return new Due(count, oldest.isEmpty() ? null : day(oldest.get(0)), 0);
    }

    @Override
    public int deleteNext(Instant recordedBefore, int max) {
        List<String> ids = em.createQuery("select e.id from AuditEntry e where e.at < :before order by e.at, e.id", String.class)
                .setParameter("before", recordedBefore).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from AuditEntry e where e.id in :ids").setParameter("ids", ids).executeUpdate();
    }

    static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
