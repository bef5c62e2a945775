package dimple.infrastructure.learning;

import dimple.domain.reporting.MistakeReport;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reports written as rows, for the migration tests that stop at an earlier version: {@link MistakeReport} maps columns
 * added later (the receipt code's hash, V52), so saving the entity into an older schema fails. Only what a named report
 * without a bent rule, a triage or custom fields holds.
 */
final class ReportRows {
    private ReportRows() {
    }

    static void insert(EntityManager em, MistakeReport report) {
        em.createNativeQuery("insert into mistake_report (id, number, submitted_at, updated_at, status, title, narrative, occurred_at, team_id,"
                        + " kind, customer_impact, reporter_mode, reporter_account_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .setParameter(1, report.id()).setParameter(2, report.number()).setParameter(3, utc(report.submittedAt()))
                .setParameter(4, utc(report.updatedAt())).setParameter(5, report.status().name()).setParameter(6, report.title())
                .setParameter(7, report.narrative()).setParameter(8, utc(report.occurredAt())).setParameter(9, report.teamId())
                .setParameter(10, report.kind().name()).setParameter(11, report.customerImpact().name())
                .setParameter(12, report.reporterMode().name()).setParameter(13, report.reporterAccountId()).executeUpdate();
    }

    private static OffsetDateTime utc(java.time.Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
