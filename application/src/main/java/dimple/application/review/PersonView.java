package dimple.application.review;

/** Somebody named on a review or an action item. */
public record PersonView(String username, String displayName) implements java.io.Serializable {
}
