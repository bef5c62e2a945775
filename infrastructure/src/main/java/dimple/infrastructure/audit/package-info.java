/** The audit trail in the database. */
package dimple.infrastructure.audit;
