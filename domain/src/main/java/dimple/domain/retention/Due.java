package dimple.domain.retention;

import java.time.LocalDate;

/**
 * What of one record type is past its retention period: how many records the next sweep would delete or
 * anonymise, the day the oldest of them counts from (null when there is none), and how many more are past it
 * but under a legal hold. Counts and a day only, never anything of a record.
 */
public record Due(long count, LocalDate oldestDay, long held) {
    public static final Due NONE = new Due(0, null, 0);
}
