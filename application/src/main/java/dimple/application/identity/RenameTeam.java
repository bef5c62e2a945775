package dimple.application.identity;

/** Give a team a new name; its people and records stay with it. */
public record RenameTeam(String teamId, String name) {
}
