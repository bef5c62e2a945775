package dimple.infrastructure.persistence.copy;

/**
 * The copy will not start: the source or the target is not what it must be (Dimple still running, a
 * database of another version, a target that holds data). Thrown before anything is written; its message
 * says what to do and names no report, person or password.
 */
public class CopyRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CopyRefused(String message) {
        super(message);
    }
}
