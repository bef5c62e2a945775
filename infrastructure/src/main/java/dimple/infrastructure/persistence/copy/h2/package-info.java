/**
 * The copy's source: a Dimple H2 file database opened read-only, refused while Dimple holds it, its Flyway
 * history compared with this build's, and its sequences read (docs/adr/0027).
 */
package dimple.infrastructure.persistence.copy.h2;
