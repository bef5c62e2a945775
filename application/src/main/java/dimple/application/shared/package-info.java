/**
 * What every use case shares: the current-user port, the permission interceptor, input checks, the
 * refusals services throw, and the ports that publish domain events and watch the outbox.
 */
package dimple.application.shared;
