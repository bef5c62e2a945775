/** Writing to the audit trail from every use case, and reading it for administrators. */
package dimple.application.audit;
