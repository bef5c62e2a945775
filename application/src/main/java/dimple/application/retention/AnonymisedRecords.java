package dimple.application.retention;

import dimple.domain.retention.Due;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A kind of record the sweep anonymises rather than deletes (reports, recovery cases): with no period nothing is due;
 * otherwise what its context counts and hands out as past the first kept day is anonymised and saved, one by one.
 *
 * @param <T> the aggregate
 */
public abstract class AnonymisedRecords<T> implements RetainedRecords {
    /** What is past retention before this moment, the held counted apart. */
    protected abstract Due dueBefore(Instant moment);

    /** Up to {@code max} records past retention before this moment that are not held. */
    protected abstract List<T> nextDueBefore(Instant moment, int max);

    /** Anonymises the record and saves it. */
    protected abstract void anonymise(T record, Instant now);

    protected abstract Clock clock();

    @Override
    public Due due(LocalDate today, LocalDate keptFrom) {
        return keptFrom == null ? Due.NONE : dueBefore(RetainedRecords.startOf(keptFrom));
    }

    @Override
    public int sweepNext(LocalDate today, LocalDate keptFrom, int max) {
        if (keptFrom == null) {
            return 0;
        }
        Instant now = clock().instant();
        List<T> due = nextDueBefore(RetainedRecords.startOf(keptFrom), max);
        due.forEach(record -> anonymise(record, now));
        return due.size();
    }
}
