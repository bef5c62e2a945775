package dimple.infrastructure.recovery;

import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryCasesPastRetention;
import dimple.domain.retention.Due;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Closed recovery cases past retention; a case is held when its report is under a legal hold. */
@ApplicationScoped
public class JpaRecoveryCasesPastRetention implements RecoveryCasesPastRetention {
    private static final String CLOSED_BEFORE = "c.anonymisedAt is null and c.status = dimple.domain.recovery.RecoveryStatus.CLOSED"
            + " and c.closedAt < :before";
    private static final String HELD = "exists (select r.id from MistakeReport r where r.id = c.reportId and r.legalHoldSince is not null)";

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaRecoveryCasesPastRetention() {
    }

    public JpaRecoveryCasesPastRetention(EntityManager em) {
        this.em = em;
    }

    @Override
    public Due due(Instant closedBefore) {
        long held = em.createQuery("select count(c) from RecoveryCase c where " + CLOSED_BEFORE + " and " + HELD, Long.class)
                .setParameter("before", closedBefore).getSingleResult();
        long count = em.createQuery("select count(c) from RecoveryCase c where " + CLOSED_BEFORE + " and not " + HELD, Long.class)
                .setParameter("before", closedBefore).getSingleResult();
        // The oldest by ordering, not min(): an aggregate over a converted attribute comes back unconverted on PostgreSQL.
        List<Instant> oldest = em.createQuery("select c.closedAt from RecoveryCase c where " + CLOSED_BEFORE + " and not " + HELD
                        + " order by c.closedAt", Instant.class)
                .setParameter("before", closedBefore).setMaxResults(1).getResultList();
        return new Due(count, oldest.isEmpty() ? null : LocalDate.ofInstant(oldest.get(0), ZoneOffset.UTC), held);
    }

    @Override
    public List<RecoveryCase> nextDue(Instant closedBefore, int max) {
        return em.createQuery("select c from RecoveryCase c where " + CLOSED_BEFORE + " and not " + HELD + " order by c.closedAt, c.id",
                        RecoveryCase.class)
                .setParameter("before", closedBefore).setMaxResults(max).getResultList();
    }
}
