/**
 * Growing out of H2: one command ({@link dimple.infrastructure.persistence.copy.CopyFromH2}) copies a whole
 * Dimple H2 data directory into an empty PostgreSQL database made by the same Flyway history, keeps every
 * id and receipt number, and checks the row count of every table (docs/adr/0027, docs/GROWING-OUT-OF-H2.md).
 * What only one of the two databases understands lives in the vendor packages beside this one.
 */
package dimple.infrastructure.persistence.copy;
