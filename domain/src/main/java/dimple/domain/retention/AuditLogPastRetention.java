package dimple.domain.retention;

import java.time.Instant;

/** The audit log entries older than their retention period; the only way entries are ever deleted. */
public interface AuditLogPastRetention {
    /** Entries recorded before this moment. */
    Due due(Instant recordedBefore);

    /** Deletes up to {@code max} of the oldest entries recorded before this moment; returns how many. */
    int deleteNext(Instant recordedBefore, int max);
}
