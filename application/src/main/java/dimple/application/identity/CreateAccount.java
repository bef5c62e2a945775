package dimple.application.identity;

import java.util.List;

/** Open an account. Roles by name ({@code EMPLOYEE}, {@code LEADER}, {@code HR}, {@code ADMIN}); teams by name. */
public record CreateAccount(String username, String displayName, String password, List<String> roles, List<String> teams, List<String> leads) {
}
