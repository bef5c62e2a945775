package dimple.application.identity;

/** Found a team. */
public record CreateTeam(String name) {
}
