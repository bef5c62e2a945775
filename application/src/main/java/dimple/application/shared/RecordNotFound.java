package dimple.application.shared;

/**
 * The record does not exist, or the caller may not see it: both look the same from outside, so that
 * nobody learns that a record they may not see exists.
 */
public class RecordNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RecordNotFound(String what) {
        super("No such " + what + ".", null, false, false);
    }
}
