/** Use cases of the service-recovery ledger: what is due, and recording the steps of a case. */
package dimple.application.recovery;
