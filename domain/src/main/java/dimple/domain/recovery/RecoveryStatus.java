package dimple.domain.recovery;

/** Where a recovery case is. It only ever moves forward in this order. */
public enum RecoveryStatus {
    OPEN, CONTACTED, REMEDY_DELIVERED, FOLLOWED_UP, CLOSED;

    /** The promised follow-up has happened (or the case is closed): nothing is due any more. */
    public boolean isSettled() {
        return this == FOLLOWED_UP || this == CLOSED;
    }
}
