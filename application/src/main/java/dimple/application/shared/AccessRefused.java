package dimple.application.shared;

/** The signed-in person is not permitted to do this. Shown as 403 / "not allowed"; never names the record. */
public class AccessRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "refusal.notAllowed";

    public AccessRefused() {
        super(CODE, null, false, false);
    }
}
