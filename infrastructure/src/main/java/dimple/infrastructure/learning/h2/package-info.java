/**
 * What only H2 understands, behind the learning ports: the board and the search with H2's index hint,
 * its orders that let it read an index in page order, and its MERGE. Chosen when the data source is H2
 * ({@code DatabaseVendor.H2}); the indexes they rely on come from {@code db/migration/h2}.
 */
package dimple.infrastructure.learning.h2;
