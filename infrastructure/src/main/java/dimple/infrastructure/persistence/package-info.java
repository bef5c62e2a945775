/** The database: the data source, Flyway migrations at start-up, readiness and the clock. */
package dimple.infrastructure.persistence;
