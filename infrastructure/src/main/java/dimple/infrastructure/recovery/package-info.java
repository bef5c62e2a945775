/** Recovery adapters: the service-recovery ledger in the database. */
package dimple.infrastructure.recovery;
