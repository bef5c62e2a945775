/** Reporting adapters: mistake reports with their questions, receipt numbers and bent-rule decisions in the database. */
package dimple.infrastructure.reporting;
