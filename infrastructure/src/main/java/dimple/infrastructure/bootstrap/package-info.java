/** Start-up: settings from the environment, schema migration, first run, readiness. */
package dimple.infrastructure.bootstrap;
