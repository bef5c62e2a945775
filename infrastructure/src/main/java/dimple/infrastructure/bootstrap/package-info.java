/** Start-up: settings from the environment, schema migration, first run, and the MicroProfile Health checks behind {@code /health}. */
package dimple.infrastructure.bootstrap;
