package dimple.application.retention;

import java.time.LocalDate;

/**
 * What the next sweep does to one kind of record: counts and a day, never a title, a name or a narrative.
 *
 * @param recordType {@code REPORTS}, {@code RECOVERY_CASES}, {@code COACHING_RECORDS} or {@code AUDIT_LOG}
 * @param treatment {@code DELETE} or {@code ANONYMISE}
 * @param months the period set, or null when the kind is kept for ever
 * @param due how many records the next sweep deletes or anonymises
 * @param oldestDay the day the oldest of them counts from; null when none is due
 * @param held how many more are past their period but under a legal hold
 */
public record DueView(String recordType, String treatment, Integer months, long due, LocalDate oldestDay, long held) implements java.io.Serializable {
}
