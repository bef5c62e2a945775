package dimple.domain.recovery;

/** How the customer felt afterwards, as far as anyone knows. */
public enum RecoveryOutcome {
    DELIGHTED, SATISFIED, STILL_UNHAPPY, LOST, UNKNOWN
}
