/**
 * The copy's target: an empty PostgreSQL database, migrated by this build's Flyway history, whose foreign
 * keys, identity columns and sequences the copy reads and sets (docs/adr/0027).
 */
package dimple.infrastructure.persistence.copy.postgresql;
