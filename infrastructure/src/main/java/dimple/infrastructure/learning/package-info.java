/** Learning adapters: lessons and notifications in the database. */
package dimple.infrastructure.learning;
