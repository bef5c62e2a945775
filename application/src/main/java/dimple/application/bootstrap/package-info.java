/** What happens on an empty database: the first administrator, and the demo organisation when asked for. */
package dimple.application.bootstrap;
