/**
 * What only PostgreSQL understands, behind the learning ports: lesson search on PostgreSQL's full-text
 * search (a weighted {@code tsvector} per current lesson with a GIN index, ranked by {@code ts_rank}) and the
 * upsert that keeps the vocabulary's counts. Chosen when the data source is PostgreSQL
 * ({@code DatabaseVendor.POSTGRESQL}); its table and index come from {@code db/migration/postgresql} (V40, V41).
 */
package dimple.infrastructure.learning.postgresql;
