package dimple.application.shared;

/** The caller edited an older version of the record than the one stored now. */
public class StaleRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleRecord() {
        super(Refusal.STALE, null, false, false);
    }
}
