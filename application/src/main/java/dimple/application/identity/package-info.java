/** Accounts, teams, passwords and signing in: administration for admins, one's own profile for everyone. */
package dimple.application.identity;
