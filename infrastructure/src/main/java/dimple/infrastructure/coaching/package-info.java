/**
 * The accountability lane's adapters: JPA repositories, the read-only view of reports
 * ({@link dimple.infrastructure.coaching.JpaReportFacts}), the streaming CSV/XLSX/PDF exporter and the
 * daily retention schedule.
 */
package dimple.infrastructure.coaching;
