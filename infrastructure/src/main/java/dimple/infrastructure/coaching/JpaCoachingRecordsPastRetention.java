package dimple.infrastructure.coaching;

import dimple.domain.coaching.CoachingRecordsPastRetention;
import dimple.domain.retention.Due;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Coaching records past their own date or the organisation's period, and not under a legal hold (held ones are counted as
 * held); deleted with their lesson links (on delete cascade).
 */
@ApplicationScoped
public class JpaCoachingRecordsPastRetention implements CoachingRecordsPastRetention {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaCoachingRecordsPastRetention() {
    }

    public JpaCoachingRecordsPastRetention(EntityManager em) {
        this.em = em;
    }

    @Override
    public Due due(LocalDate today, LocalDate heldBefore) {
        Object[] row = bind(em.createQuery("select count(r), min(r.heldOn) from CoachingRecord r where " + condition(heldBefore)
                + " and r.legalHoldSince is null", Object[].class), today, heldBefore).getSingleResult();
        long held = bind(em.createQuery("select count(r) from CoachingRecord r where " + condition(heldBefore) + " and r.legalHoldSince is not null",
                Long.class), today, heldBefore).getSingleResult();
        return new Due(((Number) row[0]).longValue(), (LocalDate) row[1], held);
    }

    @Override
    public int deleteNext(LocalDate today, LocalDate heldBefore, int max) {
        List<String> ids = bind(em.createQuery("select r.id from CoachingRecord r where " + condition(heldBefore)
                        + " and r.legalHoldSince is null order by r.heldOn, r.id",
                String.class), today, heldBefore).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        int deleted = em.createQuery("delete from CoachingRecord r where r.id in :ids").setParameter("ids", ids).executeUpdate();
        em.clear();
        return deleted;
    }

    private static String condition(LocalDate heldBefore) {
        return heldBefore == null ? "r.retainUntil < :today" : "(r.retainUntil < :today or r.heldOn < :heldBefore)";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, LocalDate today, LocalDate heldBefore) {
        query.setParameter("today", today);
        if (heldBefore != null) {
            query.setParameter("heldBefore", heldBefore);
        }
        return query;
    }
}
