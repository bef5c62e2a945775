package dimple.application.identity;

import java.util.List;

/** Change an account's name, roles, teams and led teams. A null list leaves that part as it is. */
public record UpdateAccount(String username, String displayName, List<String> roles, List<String> teams, List<String> leads) {
}
