package dimple.application.shared;

/** The request has no signed-in person. */
public class NotSignedIn extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotSignedIn() {
        super("Please sign in.", null, false, false);
    }
}
