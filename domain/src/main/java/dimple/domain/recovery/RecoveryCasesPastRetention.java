package dimple.domain.recovery;

import dimple.domain.retention.Due;
import java.time.Instant;
import java.util.List;

/**
 * Closed recovery cases whose retention period is over: closed before a moment and not yet anonymised. A case of a
 * report under a legal hold is counted as held and never handed out.
 */
public interface RecoveryCasesPastRetention {
    Due due(Instant closedBefore);

    /** Up to {@code max} such cases that are not held, the ones closed first first. */
    List<RecoveryCase> nextDue(Instant closedBefore, int max);
}
