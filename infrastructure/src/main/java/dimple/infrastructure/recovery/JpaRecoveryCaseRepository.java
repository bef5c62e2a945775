package dimple.infrastructure.recovery;

import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryCaseRepository;
import dimple.domain.recovery.RecoveryQuery;
import dimple.domain.recovery.RecoveryStatus;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRecoveryCaseRepository implements RecoveryCaseRepository {
    private static final List<RecoveryStatus> SETTLED = List.of(RecoveryStatus.FOLLOWED_UP, RecoveryStatus.CLOSED);

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaRecoveryCaseRepository() {
    }

    public JpaRecoveryCaseRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<RecoveryCase> findById(String id) {
        return Optional.ofNullable(em.find(RecoveryCase.class, id));
    }

    @Override
    public List<RecoveryCase> findByReport(String reportId) {
        return em.createQuery("select c from RecoveryCase c where c.reportId = :r order by c.openedAt, c.customerRef, c.id", RecoveryCase.class)
                .setParameter("r", reportId).getResultList();
    }

    @Override
    public java.util.Map<String, Long> countByReports(java.util.Collection<String> reportIds) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        if (!reportIds.isEmpty()) {
            em.createQuery("select c.reportId, count(c) from RecoveryCase c where c.reportId in :ids group by c.reportId", Object[].class)
                    .setParameter("ids", reportIds).getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        }
        return counts;
    }

    @Override
    public void save(RecoveryCase recovery) {
        Queries.save(em, recovery);
    }

    @Override
    public Page<RecoveryCase> due(RecoveryQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        conditions.add("r.id = c.reportId");
        conditions.add("r.status <> :withdrawn");
        conditions.add("c.status not in :settled");
        conditions.add(query.ledTeamIds().isEmpty() ? "r.reporterAccountId = :me" : "(r.reporterAccountId = :me or c.teamId in :led)");
        if (query.teamId() != null) {
            conditions.add("c.teamId = :team");
        }
        if (query.dueFrom() != null) {
            conditions.add("c.followUpDue >= :from");
        }
        if (query.dueBefore() != null) {
            conditions.add("c.followUpDue < :before");
        }
        String from = " from RecoveryCase c, MistakeReport r where " + String.join(" and ", conditions);
        TypedQuery<RecoveryCase> items = em.createQuery("select c" + from + " order by c.followUpDue, c.id", RecoveryCase.class);
        TypedQuery<Long> count = em.createQuery("select count(c)" + from, Long.class);
        bind(items, query);
        bind(count, query);
        return Queries.page(items, count, page);
    }

    private static void bind(TypedQuery<?> q, RecoveryQuery query) {
        q.setParameter("withdrawn", ReportStatus.WITHDRAWN);
        q.setParameter("settled", SETTLED);
        q.setParameter("me", query.reporterAccountId());
        if (!query.ledTeamIds().isEmpty()) {
            q.setParameter("led", query.ledTeamIds());
        }
        if (query.teamId() != null) {
            q.setParameter("team", query.teamId());
        }
        if (query.dueFrom() != null) {
            q.setParameter("from", query.dueFrom());
        }
        if (query.dueBefore() != null) {
            q.setParameter("before", query.dueBefore());
        }
    }
}
