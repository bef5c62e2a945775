/** The audit log screen and API, for administrators. */
package dimple.web.audit;
