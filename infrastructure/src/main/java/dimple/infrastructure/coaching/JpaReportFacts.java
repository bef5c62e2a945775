package dimple.infrastructure.coaching;

import dimple.application.coaching.ReportFact;
import dimple.application.coaching.ReportFacts;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.reporting.ReporterMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The accountability lane's only window on reports: a projection of a few columns, never the entity
 * (so never the narrative), and for a confidential report nothing but that it is confidential.
 */
@ApplicationScoped
public class JpaReportFacts implements ReportFacts {
    private static final String COLUMNS = "select r.id, r.number, r.title, r.teamId, r.reporterMode, r.reporterAccountId, r.occurredAt, "
            + "r.submittedAt from MistakeReport r";

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaReportFacts() {
    }

    public JpaReportFacts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ReportFact> find(String reportId) {
        return em.createQuery(COLUMNS + " where r.id = :id", Object[].class).setParameter("id", reportId).setMaxResults(1)
                .getResultList().stream().findFirst().map(JpaReportFacts::fact);
    }

    @Override
    public List<ReportFact> namedReportsOf(Collection<String> teamIds, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(COLUMNS +  " where r.teamId in :teams and r.reporterMode = :named and r.reporterAccountId is not null and r.status <> :withdrawn"
                        + " order by r.submittedAt desc, r.id", Object[].class)
                .setParameter("teams", teamIds).setParameter("named", ReporterMode.NAMED).setParameter("withdrawn", ReportStatus.WITHDRAWN)
                .setMaxResults(limit).getResultList().stream().map(JpaReportFacts::fact).toList();
    }

    private static ReportFact fact(Object[] row) {
        boolean confidential = row[4] != ReporterMode.NAMED;
        return new ReportFact((String) row[0], (String) row[1], confidential ? null : (String) row[2], (String) row[3], confidential,
                confidential ? null : (String) row[5], (Instant) row[6], (Instant) row[7]);
    }
}
