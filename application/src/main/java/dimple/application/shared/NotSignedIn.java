package dimple.application.shared;

/** The request has no signed-in person. */
public class NotSignedIn extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "refusal.notSignedIn";

    public NotSignedIn() {
        super(CODE, null, false, false);
    }
}
