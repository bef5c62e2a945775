/** What every use case shares: the current-user port, the permission interceptor, input checks and the refusals services throw. */
package dimple.application.shared;
