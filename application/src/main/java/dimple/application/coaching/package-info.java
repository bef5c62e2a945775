/**
 * Use cases of the accountability lane: assessments, coaching records, the employee's response, HR's
 * list and export, and the retention sweep. Every read of a restricted record and every export is
 * audited. The lane reads reports only through {@link dimple.application.coaching.ReportFacts}, never
 * a report entity, and nothing outside it may depend on it (the firewall, docs/adr/0010).
 */
package dimple.application.coaching;
