/** Who may use Dimple: accounts, teams, roles and what each role is permitted to do, password rules and sign-in throttling. */
package dimple.domain.identity;
