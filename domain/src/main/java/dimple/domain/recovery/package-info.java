/**
 * The service-recovery ledger: one case per affected customer of a report, from the apology through
 * the remedy and the promised follow-up to the outcome, with a "thank the people who waited" task.
 */
package dimple.domain.recovery;
