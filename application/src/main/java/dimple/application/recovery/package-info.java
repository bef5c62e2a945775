/**
 * Use cases of the service-recovery ledger: what is due, and recording the steps of a case; and the
 * reaction to a filed report: a case opens for each customer it names.
 */
package dimple.application.recovery;
