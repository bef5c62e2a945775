package dimple.domain.reporting;

import dimple.domain.retention.Due;
import java.time.Instant;
import java.util.List;

/**
 * Reports whose retention period is over: finished ({@link MistakeReport#finishedAt}) before a moment and not yet
 * anonymised. Reports under a legal hold are counted as held and never handed out.
 */
public interface ReportsPastRetention {
    Due due(Instant finishedBefore);

    /** Up to {@code max} such reports that are not held, the ones finished first first. */
    List<MistakeReport> nextDue(Instant finishedBefore, int max);
}
