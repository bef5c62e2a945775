/** What only H2 understands at start-up and in operations: its online backup. */
package dimple.infrastructure.bootstrap.h2;
