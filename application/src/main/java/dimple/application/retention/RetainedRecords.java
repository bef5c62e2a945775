package dimple.application.retention;

import dimple.domain.retention.Due;
import dimple.domain.retention.RecordType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One kind of record as the retention sweep sees it; each context that keeps such records implements it (CDI
 * finds them), so the sweep reaches a context's records without depending on that context (the accountability lane
 * stays walled off). Each call is a transaction of its own.
 */
public interface RetainedRecords {
    RecordType type();

    /**
     * What the next sweep on {@code today} would delete or anonymise.
     *
     * @param keptFrom the first day still kept under the organisation's period; null when there is no period
     */
    Due due(LocalDate today, LocalDate keptFrom);

    /** Deletes or anonymises up to {@code max} records that are due; returns how many. */
    int sweepNext(LocalDate today, LocalDate keptFrom, int max);

    /** The moment a first kept day starts (UTC): a record of an earlier moment is due. */
    static Instant startOf(LocalDate keptFrom) {
        return keptFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
