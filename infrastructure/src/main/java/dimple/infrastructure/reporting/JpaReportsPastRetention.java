package dimple.infrastructure.reporting;

import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.reporting.ReportsPastRetention;
import dimple.domain.retention.Due;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Finished reports past retention. A report is finished at its closing, at the triage that noted it or found it a
 * duplicate, or at its withdrawal ({@link MistakeReport#finishedAt}); each status is matched to its own column, so
 * the query needs no expression over columns.
 */
@ApplicationScoped
public class JpaReportsPastRetention implements ReportsPastRetention {
    private static final String FINISHED_BEFORE = "r.anonymisedAt is null and ("
            + "(r.status = dimple.domain.reporting.ReportStatus.CLOSED and r.closedAt < :before)"
            + " or (r.status in (dimple.domain.reporting.ReportStatus.NOTED, dimple.domain.reporting.ReportStatus.DUPLICATE)"
            + " and r.triagedAt < :before)"
            + " or (r.status = dimple.domain.reporting.ReportStatus.WITHDRAWN and r.withdrawnAt < :before))";

    /** The attribute each finished status counts from. */
    private static final Map<ReportStatus, String> FINISHED_AT = Map.of(ReportStatus.CLOSED, "closedAt", ReportStatus.NOTED, "triagedAt",
            ReportStatus.DUPLICATE, "triagedAt", ReportStatus.WITHDRAWN, "withdrawnAt");

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaReportsPastRetention() {
    }

    public JpaReportsPastRetention(EntityManager em) {
        this.em = em;
    }

    @Override
    public Due due(Instant finishedBefore) {
        long held = em.createQuery("select count(r) from MistakeReport r where " + FINISHED_BEFORE + " and r.legalHoldSince is not null", Long.class)
                .setParameter("before", finishedBefore).getSingleResult();
        long count = 0;
        Instant oldest = null;
        for (Map.Entry<ReportStatus, String> finished : FINISHED_AT.entrySet()) {
            String where = " from MistakeReport r where " + FINISHED_BEFORE + " and r.legalHoldSince is null and r.status = :status";
            count += em.createQuery("select count(r)" + where, Long.class)
                    .setParameter("before", finishedBefore).setParameter("status", finished.getKey()).getSingleResult();
            // The oldest by ordering, not min(): an aggregate over a converted attribute comes back unconverted on PostgreSQL.
            List<Instant> first = em.createQuery("select r." + finished.getValue() + where + " order by r." + finished.getValue(), Instant.class)
                    .setParameter("before", finishedBefore).setParameter("status", finished.getKey()).setMaxResults(1).getResultList();
            oldest = earlier(oldest, first.isEmpty() ? null : first.get(0));
        }
        return new Due(count, oldest == null ? null : LocalDate.ofInstant(oldest, ZoneOffset.UTC), held);
    }

    @Override
    public List<MistakeReport> nextDue(Instant finishedBefore, int max) {
        return em.createQuery("select r from MistakeReport r where " + FINISHED_BEFORE + " and r.legalHoldSince is null order by r.submittedAt, r.id",
                        MistakeReport.class)
                .setParameter("before", finishedBefore).setMaxResults(max).getResultList();
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
