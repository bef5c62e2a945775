/** Writing to the audit trail from every use case, and reading it (and the outbox's health) for administrators. */
package dimple.application.audit;
