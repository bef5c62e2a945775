package dimple.application.identity;

/** A team with how many people belong to it and lead it. */
public record TeamView(String id, String name, long members, long leaders) implements java.io.Serializable {
}
