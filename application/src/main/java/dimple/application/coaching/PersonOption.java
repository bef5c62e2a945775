package dimple.application.coaching;

/** A member of a team the leader leads, to choose on a form. */
public record PersonOption(String username, String displayName, String team) implements java.io.Serializable {
    public String label() {
        return displayName + " (" + username + ", " + team + ")";
    }
}
