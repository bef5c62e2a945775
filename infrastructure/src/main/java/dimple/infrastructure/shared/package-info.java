/**
 * What every context shares in infrastructure: publishing domain events (observers in the same
 * transaction, a message per outbox handler in the outbox table) and handing the outbox on after the
 * commit, at most once per cluster (docs/adr/0017).
 */
package dimple.infrastructure.shared;
