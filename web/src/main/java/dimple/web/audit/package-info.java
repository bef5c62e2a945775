/** The audit log screen and API, and the outbox's health, for administrators. */
package dimple.web.audit;
